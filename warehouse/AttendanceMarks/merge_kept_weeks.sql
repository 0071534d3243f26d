-- The sessions kept from stored weeks the file's dates only partly cover (keep_weeks.sql) are merged with the file's
-- sessions of the same week, now saved, and each merged week is counted again by category; a kept week the file
-- has no sessions in stays as it was, recounted. The import's working tables are emptied.
create temp table load_merged_week as
with merged as (
    select
        k.school_key,
        k.pupil_key,
        k.week_start,
        k.academic_year,
        coalesce(f.import_id, k.import_id) as import_id,
        coalesce(f.first_sessions, 0) | k.first_sessions as first_sessions,
        coalesce(f.last_sessions, 0) | k.last_sessions as last_sessions
    from load_kept_week as k
    left join fact_attendance_week as f
        on f.import_id = $import_id
        and f.school_key = k.school_key
        and f.pupil_key = k.pupil_key
        and f.week_start = k.week_start
        and f.academic_year = k.academic_year
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
    import_id,
    first_sessions,
    last_sessions
from sessions;

delete from fact_attendance_week as f
using load_kept_week as k
where f.import_id = $import_id
    and f.school_key = k.school_key
    and f.pupil_key = k.pupil_key
    and f.week_start = k.week_start
    and f.academic_year = k.academic_year;

insert into fact_attendance_week by name
select *
from load_merged_week;

drop table load_merged_week;

drop table load_kept_week;

drop table load_mark_range;

delete from stg_attendance_mark where import_id = $import_id;

delete from stg_attendance_mark_pupil where import_id = $import_id;
