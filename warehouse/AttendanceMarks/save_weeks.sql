-- The file's weeks replace the stored weeks of its schools in the weeks its dates touch. A stored week the file's
-- dates only partly cover keeps its sessions outside those dates (a correction for part of a week leaves the other
-- days alone): those weeks are merged with the file's sessions of the same week and counted again by category.
-- The import's working tables are emptied.
create temp table load_kept_week as
select
    w.school_key,
    w.pupil_key,
    w.week_start,
    w.academic_year,
    w.import_id,
    list_transform(
        range(14),
        i -> if(w.week_start + (i // 2)::integer between r.first_date and r.last_date, null, w.session_codes[i + 1])
    ) as session_codes,
    list_transform(
        range(14),
        i -> if(w.week_start + (i // 2)::integer between r.first_date and r.last_date, null, w.raw_marks[i + 1])
    ) as raw_marks
from fact_attendance_week as w
inner join load_mark_range as r
    on r.school_key = w.school_key
    and w.week_start between date_trunc('week', r.first_date) and r.last_date
    and (w.week_start < r.first_date or w.week_start + 6 > r.last_date);

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
        if(
            f.pupil_key is null,
            k.session_codes,
            list_transform(range(14), i -> coalesce(f.session_codes[i + 1], k.session_codes[i + 1]))
        ) as session_codes,
        if(
            f.pupil_key is null,
            k.raw_marks,
            list_transform(range(14), i -> coalesce(f.raw_marks[i + 1], k.raw_marks[i + 1]))
        ) as raw_marks
    from load_week_marks as f
    right join load_kept_week as k using (school_key, pupil_key, week_start, academic_year)
),

-- Each code's category and whether it counts as a possible session, listed by attendance_code_key.
codes as (
    select
        list(c.category order by k.code_key) as category,
        list(c.counted order by k.code_key) as counted
    from range(1, (select max(attendance_code_key) + 1 from dim_attendance_code)) as k(code_key)
    left join dim_attendance_code as c on c.attendance_code_key = k.code_key
),

sessions as (
    select
        m.*,
        list_filter(range(14), i -> m.session_codes[i + 1] is not null) as marked,
        list_transform(m.session_codes, code -> codes.category[code]) as categories,
        list_transform(m.session_codes, code -> codes.counted[code]) as counted
    from merged as m
    cross join codes
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
    session_codes,
    raw_marks,
    import_id
from sessions
where len(marked) > 0
union all by name
select f.* exclude (repeated), $import_id as import_id
from load_week_marks as f
anti join load_kept_week as k using (school_key, pupil_key, week_start, academic_year);

drop table load_kept_week;

drop table load_week_marks;

drop table load_mark_range;

delete from stg_attendance_mark where import_id = $import_id;

delete from stg_attendance_mark_pupil where import_id = $import_id;
