-- Grain: one row per instrument, item, school (or all schools) and respondent group of mart_survey_item, for the
-- instrument's first wave (baseline) against its last (endline) in that school or in all schools together; only
-- where the two differ. Percentage positive as in mart_survey_item (unanswered in the denominator), with a pooled
-- two-proportion z-test and its two-sided p-value. Suppressed when either wave's cell is suppressed.
create or replace table mart_survey_item_change as
with cells as (
    select c.* replace (s.suppressed as suppressed), w.wave_order
    from work_survey_item_cell as c
    inner join work_suppression_cell as s on s.mart = 'survey_item' and s.cell_id = c.cell_id
    inner join dim_wave as w on w.wave = c.wave
),

span as (
    select instrument, school, min(wave_order) as first_order, max(wave_order) as last_order
    from cells
    where coalesce(gender, send, fsm, disadvantaged, eal, ethnicity, year_group) is null
        and (school is not null or coalesce(trust, phase) is null)
    group by all
    having min(wave_order) < max(wave_order)
),

pairs as (
    select
        b.instrument,
        b.item_code,
        b.item_text,
        b.item_order,
        b.school,
        b.gender,
        b.send,
        b.fsm,
        b.disadvantaged,
        b.eal,
        b.ethnicity,
        b.year_group,
        b.trust,
        b.phase,
        b.wave as baseline_wave,
        e.wave as endline_wave,
        b.suppressed or e.suppressed as suppressed,
        b.respondents as baseline_respondents,
        b.positive as baseline_positive,
        e.respondents as endline_respondents,
        e.positive as endline_positive
    from span as s
    inner join cells as b
        on b.instrument = s.instrument and b.school is not distinct from s.school and b.wave_order = s.first_order
    inner join cells as e
        on e.instrument = s.instrument
        and e.school is not distinct from s.school
        and e.wave_order = s.last_order
        and e.question_key = b.question_key
        and e.dims is not distinct from b.dims
),

tested as (
    select
        *,
        two_proportion_z(baseline_positive, baseline_respondents, endline_positive, endline_respondents) as z
    from pairs
)

select
    t.instrument,
    t.item_code,
    t.item_text,
    t.item_order,
    sch.urn,
    coalesce(sch.name, 'All schools') as school_name,
    grouping_name('All respondents', t.school, t.gender, t.send, t.fsm, t.disadvantaged, t.eal, t.ethnicity, t.year_group, t.trust, t.phase)
        as grouping,
    t.gender,
    t.send,
    t.fsm,
    t.disadvantaged,
    t.eal,
    t.ethnicity,
    t.year_group,
    t.trust,
    t.phase,
    t.baseline_wave,
    t.endline_wave,
    'programme window' as counting_window,
    t.suppressed,
    case when not t.suppressed then t.baseline_respondents end as baseline_respondents,
    case when not t.suppressed then round(100.0 * t.baseline_positive / t.baseline_respondents, 1) end as baseline_positive_pct,
    case when not t.suppressed then t.endline_respondents end as endline_respondents,
    case when not t.suppressed then round(100.0 * t.endline_positive / t.endline_respondents, 1) end as endline_positive_pct,
    case when not t.suppressed
        then round(100.0 * (t.endline_positive / t.endline_respondents - t.baseline_positive / t.baseline_respondents), 1)
    end as change_points,
    case when not t.suppressed then round(t.z, 3) end as z,
    case when not t.suppressed then round(two_sided_p(t.z), 4) end as p_value,
    case when not t.suppressed then two_sided_p(t.z) < 0.05 end as significant
from tested as t
left join dim_school as sch on cast(sch.school_key as varchar) = t.school;

comment on table mart_survey_item_change is 'Change in percentage positive per survey item from the first wave to the last, per school and for all schools, by respondent group, with a pooled two-proportion z-test; suppressed where either wave is.';
