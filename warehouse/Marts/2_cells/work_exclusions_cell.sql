-- Grain: one cell per academic year, measure (suspensions, pupils suspended, permanent exclusions, behaviour
-- incidents), period (a term, or the year to date) and area: a school or all schools, and a trust (No trust for
-- schools in none) for the year to date only. No page reads a trust's terms (the Overview's tiles read the year to
-- date), and beside all schools' terms they would give No trust's away, one maintained school whose terms are small
-- (all schools less each trust): a trust's term would be hidden for it in every such term (issue 24,
-- docs/suppression.md "The exclusions mart"). Suspensions include lunchtime ones; a cell across schools is the sum of
-- its schools' cells, and on roll (distinct pupils with attendance at the school in the window, from
-- work_attendance_enrolment) likewise. A count from 1 to under the threshold is suppressed here, and so is any other
-- count but 0 whose pupils on roll are fewer than the threshold (a handful of pupils' count is theirs); 0 discloses no
-- one and is shown, as in the leavers' mart (hidden, it would be given away by any total of 0 beside it).
-- 3_suppression adds secondary suppression.
-- The counts of events add up over the terms to the year to date, so for them the term is a group (dims[2], null for
-- the year to date) within a partition of the year and measure: a term hidden as small cannot be had from the year
-- less the other terms. Pupils suspended do not add up over terms (a pupil suspended in two terms is one pupil in the
-- year), so each of their periods is a partition of its own. dims: the school, the term, six empty pupil groups
-- (the positions 3_suppression reads the trust and phase from are 9 and 10), the trust, the phase.
create or replace table work_exclusions_cell as
with schools as (
    select school_key, coalesce(trust, 'No trust') as trust, school_phase(phase) as phase
    from dim_school
),

roll as (
    select school_key, academic_year, academic_year_label, counting_window, period, period_order, count(*) as pupils_on_roll
    from work_attendance_enrolment
    group by all
),

events as (
    select
        f.school_key,
        f.pupil_key,
        f.start_date as event_date,
        case when f.category = 'permanent' then 'permanent_exclusions' else 'suspensions' end as measure
    from fact_exclusion as f
    union all
    select school_key, pupil_key, incident_date, 'behaviour_incidents'
    from fact_behaviour_incident
),

dated_events as (
    select e.*, d.academic_year, academic_year_label(d.academic_year) as academic_year_label, d.term, d.term_order
    from events as e
    inner join dim_date as d on d.date_key = e.event_date
),

event_windows as (
    select *, 'term' as counting_window, term as period, term_order as period_order
    from dated_events
    union all
    select *, 'year to date', 'Year to date', 9
    from dated_events
),

event_counts as (
    select school_key, academic_year, counting_window, period, measure, count(*) as n
    from event_windows
    group by all
    union all
    select school_key, academic_year, counting_window, period, 'pupils_suspended', count(distinct pupil_key)
    from event_windows
    where measure = 'suspensions'
    group by all
),

windows as (
    select school_key, academic_year, academic_year_label, counting_window, period, period_order from roll
    union
    select school_key, academic_year, academic_year_label, counting_window, period, period_order from event_windows
),

by_school as (
    select
        w.academic_year,
        w.academic_year_label,
        w.counting_window,
        w.period,
        w.period_order,
        m.measure,
        cast(w.school_key as varchar) as school,
        s.trust,
        s.phase,
        coalesce(c.n, 0) as n,
        r.pupils_on_roll
    from windows as w
    cross join (values ('suspensions'), ('pupils_suspended'), ('permanent_exclusions'), ('behaviour_incidents')) as m(measure)
    inner join schools as s on s.school_key = w.school_key
    left join roll as r
        on r.school_key = w.school_key and r.academic_year = w.academic_year
        and r.counting_window = w.counting_window and r.period = w.period
    left join event_counts as c
        on c.school_key = w.school_key and c.academic_year = w.academic_year
        and c.counting_window = w.counting_window and c.period = w.period and c.measure = m.measure
),

across_schools as (
    select
        academic_year,
        academic_year_label,
        counting_window,
        period,
        period_order,
        measure,
        null as school,
        trust,
        null as phase,
        sum(n)::bigint as n,
        sum(pupils_on_roll)::bigint as pupils_on_roll
    from by_school
    group by grouping sets (
        (academic_year, academic_year_label, counting_window, period, period_order, measure),
        (academic_year, academic_year_label, counting_window, period, period_order, measure, trust)
    )
    having grouping(trust) = 1 or counting_window = 'year to date'
),

cells as (
    select * from by_school
    union all
    select * from across_schools
)

select
    row_number() over () as cell_id,
    *,
    [school, if(measure <> 'pupils_suspended' and counting_window = 'term', period, null), null, null, null, null, null, null, trust, phase]
        as dims,
    n > 0 and (n < $suppression_threshold or coalesce(pupils_on_roll < $suppression_threshold, false)) as suppressed
from cells;

delete from work_suppression_cell where mart = 'exclusions';

insert into work_suppression_cell (mart, cell_id, partition_key, dims, n, suppressed)
select
    'exclusions',
    cell_id,
    concat_ws('|', academic_year, measure, if(measure = 'pupils_suspended', period, null)),
    dims,
    n,
    suppressed
from work_exclusions_cell;
