-- Grain: one cell per instrument, wave, academic year, belonging measure, school (or all schools) and belonging
-- group (null = all the pupils the measure groups). Pupils are linked survey respondents (pupil_key) with an
-- attendance record at the same school in the academic year they answered, with attendance summed over that year
-- so far. Measures: 'Scale score tercile' (cut at the 1/3 and 2/3 quantiles of the wave's scale scores within the
-- instrument, so tied scores share a third and thirds may differ in size) and 'I feel like I belong' (the item
-- belong, or pisa_belong in PISA's scale: positive or negative; unanswered left out). Suspensions (lunchtime ones
-- included, permanent exclusions not) are the pupil's at that school starting in that academic year.
create or replace table work_belonging_attendance_cell as
with suspensions as (
    select f.school_key, f.pupil_key, d.academic_year, count(*) as suspensions
    from fact_exclusion as f
    inner join dim_date as d on d.date_key = f.start_date
    where f.category <> 'permanent'
    group by all
),

pupils as (
    select
        r.instrument,
        r.wave,
        d.academic_year,
        r.school_key,
        r.respondent_id,
        r.scale_score,
        e.possible_sessions,
        e.attended_sessions,
        e.persistently_absent,
        coalesce(x.suspensions, 0) as suspensions
    from work_survey_respondent as r
    inner join dim_date as d on d.date_key = r.answered_on
    inner join work_attendance_enrolment as e
        on e.school_key = r.school_key
        and e.pupil_key = r.pupil_key
        and e.academic_year = d.academic_year
        and e.counting_window = 'year to date'
    left join suspensions as x
        on x.school_key = r.school_key
        and x.pupil_key = r.pupil_key
        and x.academic_year = d.academic_year
    where r.pupil_key is not null
),

cut_points as (
    select
        instrument,
        wave,
        quantile_cont(scale_score, 1 / 3) as lower_cut,
        quantile_cont(scale_score, 2 / 3) as upper_cut
    from pupils
    where scale_score is not null
    group by instrument, wave
),

grouped as (
    select
        p.*,
        'Scale score tercile' as measure,
        case when p.scale_score <= c.lower_cut then 1 when p.scale_score <= c.upper_cut then 2 else 3 end as group_order
    from pupils as p
    inner join cut_points as c on c.instrument = p.instrument and c.wave = p.wave
    where p.scale_score is not null
    union all
    select
        p.*,
        'I feel like I belong' as measure,
        case when a.is_positive then 1 else 2 end as group_order
    from pupils as p
    inner join work_survey_answer as a
        on a.school_key = p.school_key
        and a.respondent_id = p.respondent_id
        and a.instrument = p.instrument
        and a.wave = p.wave
    where a.item_code in ('belong', 'pisa_belong') and (a.is_positive or a.is_negative)
),

cells as (
    select
        g.instrument,
        g.wave,
        g.academic_year,
        g.measure,
        case when m.mask & 1 > 0 then cast(g.school_key as varchar) end as school,
        case when m.mask & 2 > 0 then g.group_order end as group_order,
        count(*) as pupils,
        avg(g.scale_score) as mean_score,
        sum(g.possible_sessions)::bigint as possible_sessions,
        sum(g.attended_sessions)::bigint as attended_sessions,
        count(*) filter (where g.persistently_absent) as persistent_absentees,
        sum(g.suspensions)::bigint as suspensions,
        count(*) filter (where g.suspensions > 0) as suspended_pupils
    from grouped as g
    cross join range(0, 4) as m(mask)
    group by all
)

select
    row_number() over () as cell_id,
    *,
    case
        when group_order is null then 'All linked pupils'
        when measure = 'Scale score tercile' then ['Lowest third', 'Middle third', 'Highest third'][group_order]
        else ['Positive', 'Negative'][group_order]
    end as belonging_group,
    pupils < $suppression_threshold or possible_sessions = 0 as suppressed
from cells;

delete from work_suppression_cell where mart = 'belonging_attendance';

insert into work_suppression_cell (mart, cell_id, partition_key, dims, n, suppressed)
select
    'belonging_attendance',
    cell_id,
    concat_ws('|', instrument, wave, academic_year, measure),
    [school, cast(group_order as varchar)],
    pupils,
    suppressed
from work_belonging_attendance_cell;
