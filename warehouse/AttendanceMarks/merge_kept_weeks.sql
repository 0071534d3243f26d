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
    left join (
        select w.*
        from fact_attendance_week as w
        semi join load_kept_week as kept using (school_key, pupil_key, week_start, academic_year)
        where w.import_id = $import_id
    ) as f
        on f.school_key = k.school_key
        and f.pupil_key = k.pupil_key
        and f.week_start = k.week_start
        and f.academic_year = k.academic_year
),

-- One row per marked session, with its code's category: the week's sessions decoded as fact_attendance_mark does.
sessions as (
    select m.*, s.session, c.category, c.counted
    from merged as m
    cross join range(14) as s(session)
    inner join dim_attendance_mark as k
        on k.attendance_mark_key = (if(s.session < 7, m.first_sessions, m.last_sessions) >> (8 * (s.session % 7))::ubigint) & 255
    inner join dim_attendance_code as c on c.attendance_code_key = k.attendance_code_key
)

select
    school_key,
    pupil_key,
    week_start,
    academic_year,
    week_start + (min(session) // 2)::integer as period_start,
    week_start + (max(session) // 2)::integer as period_end,
    count(*) filter (where counted) as possible_sessions,
    count(*) filter (where category = 'present') as present_sessions,
    count(*) filter (where category = 'aea') as aea_sessions,
    count(*) filter (where category = 'authorised') as authorised_absence,
    count(*) filter (where category = 'unauthorised') as unauthorised_absence,
    count(*) filter (where not counted) as not_counted_sessions,
    import_id,
    first_sessions,
    last_sessions
from sessions
group by school_key, pupil_key, week_start, academic_year, import_id, first_sessions, last_sessions;

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
