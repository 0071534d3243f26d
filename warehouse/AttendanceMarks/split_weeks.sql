-- A pupil week that two segments of a file loaded in bulk both hold was appended in two parts: the parts of each
-- such week (of the pupils in bulk_split_pupil) combined into one, with how many sessions the parts mark between
-- them (possible and not counted cover every marked session once).
create temp table load_split_week as
select
    school_key,
    pupil_key,
    week_start,
    academic_year,
    min(period_start) as period_start,
    max(period_end) as period_end,
    sum(possible_sessions) as possible_sessions,
    sum(present_sessions) as present_sessions,
    sum(aea_sessions) as aea_sessions,
    sum(authorised_absence) as authorised_absence,
    sum(unauthorised_absence) as unauthorised_absence,
    sum(not_counted_sessions) as not_counted_sessions,
    any_value(import_id) as import_id,
    bit_or(first_sessions) as first_sessions,
    bit_or(last_sessions) as last_sessions,
    sum(possible_sessions + not_counted_sessions) as sessions
from fact_attendance_week
where import_id = $import_id and pupil_key in (select pupil_key from bulk_split_pupil)
group by school_key, pupil_key, week_start, academic_year
having count(*) > 1;
