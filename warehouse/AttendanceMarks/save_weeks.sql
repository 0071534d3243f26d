-- The file's weeks replace the stored weeks of its schools in the weeks its dates touch. A stored week the file's
-- dates only partly cover keeps its sessions outside those dates (a correction for part of a week leaves the other
-- days alone): those weeks are merged with the file's sessions of the same week and counted again by category.
-- The import's working tables are emptied.
create temp table load_kept_week as
with kept as (
    select
        w.school_key,
        w.pupil_key,
        w.week_start,
        w.academic_year,
        w.import_id,
        w.first_sessions & list_sum(list_transform(
            range(7),
            i -> if(w.week_start + (i // 2)::integer between r.first_date and r.last_date, 0, 255::ubigint << (8 * i)::ubigint)
        ))::ubigint as first_sessions,
        w.last_sessions & list_sum(list_transform(
            range(7),
            i -> if(w.week_start + ((i + 7) // 2)::integer between r.first_date and r.last_date, 0, 255::ubigint << (8 * i)::ubigint)
        ))::ubigint as last_sessions
    from fact_attendance_week as w
    inner join load_mark_range as r
        on r.school_key = w.school_key
        and w.week_start between date_trunc('week', r.first_date) and r.last_date
        and (w.week_start < r.first_date or w.week_start + 6 > r.last_date)
)

select *
from kept
where first_sessions <> 0 or last_sessions <> 0;

delete from fact_attendance_week as w
using load_mark_range as r
where w.school_key = r.school_key
    and w.week_start between date_trunc('week', r.first_date) and r.last_date;

insert into fact_attendance_week by name
with merged as (
    select
        school_key,
        pupil_key,
        week_start,
        academic_year,
        if(f.pupil_key is null, k.import_id, $import_id) as import_id,
        coalesce(f.first_sessions, 0) | k.first_sessions as first_sessions,
        coalesce(f.last_sessions, 0) | k.last_sessions as last_sessions
    from load_week_marks as f
    right join load_kept_week as k using (school_key, pupil_key, week_start, academic_year)
),

-- Each mark's category and whether it counts as a possible session, listed by attendance_mark_key.
marks as (
    select
        list(c.category order by k.mark_key) as category,
        list(c.counted order by k.mark_key) as counted
    from range(1, (select max(attendance_mark_key)::integer + 1 from dim_attendance_mark)) as k(mark_key)
    left join dim_attendance_mark as m on m.attendance_mark_key = k.mark_key
    left join dim_attendance_code as c on c.attendance_code_key = m.attendance_code_key
),

keyed as (
    select
        *,
        list_transform(
            range(14),
            i -> ((if(i < 7, first_sessions, last_sessions) >> (8 * (i % 7))::ubigint) & 255::ubigint)::integer
        ) as mark_keys
    from merged
),

sessions as (
    select
        k.*,
        list_filter(range(14), i -> k.mark_keys[i + 1] > 0) as marked,
        list_transform(list_filter(k.mark_keys, key -> key > 0), key -> marks.category[key]) as categories,
        list_transform(list_filter(k.mark_keys, key -> key > 0), key -> marks.counted[key]) as counted
    from keyed as k
    cross join marks
)

select
    school_key,
    pupil_key,
    week_start,
    academic_year,
    week_start + (list_min(marked) // 2)::integer as period_start,
    week_start + (list_max(marked) // 2)::integer as period_end,
    len(list_filter(counted, c -> c)) as possible_sessions,
    len(list_filter(categories, c -> c = 'present')) as present_sessions,
    len(list_filter(categories, c -> c = 'aea')) as aea_sessions,
    len(list_filter(categories, c -> c = 'authorised')) as authorised_absence,
    len(list_filter(categories, c -> c = 'unauthorised')) as unauthorised_absence,
    len(list_filter(counted, c -> not c)) as not_counted_sessions,
    first_sessions,
    last_sessions,
    import_id
from sessions
union all by name
select f.*, $import_id as import_id
from load_week_marks as f
anti join load_kept_week as k using (school_key, pupil_key, week_start, academic_year);

drop table load_kept_week;

drop table load_week_marks;

drop table load_mark_range;

delete from stg_attendance_mark where import_id = $import_id;

delete from stg_attendance_mark_pupil where import_id = $import_id;
