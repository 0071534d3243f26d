-- The questions the pupils', parents' and staff questionnaires share a theme on (dim_question.theme, from items.csv),
-- each with its percentage positive per wave, read from mart_survey_item as the items query reads it for all
-- respondents: the same rows, suppression and figures, so a theme's bar is its question's. Adults have no census
-- characteristics, so every respondent group is all respondents. A trust's user, who may see no all-schools row, gets
-- their trust's own row (grouping Trust).

-- Themes in the order of their first question in the pupils' questionnaire, then the parents', then the staff's.
with respondent_kinds as (
    select * from (values ('pupil', 1), ('parent', 2), ('staff', 3)) as r(respondent, respondent_order)
),

themes as (
    select
        q.theme,
        min(coalesce(r.respondent_order, 4) * 1000 + q.item_order) as theme_order
    from dim_question as q
    inner join dim_instrument as i on i.instrument = q.instrument
    left join respondent_kinds as r on r.respondent = i.respondent
    where q.theme is not null
    group by q.theme
)

select
    t.theme_order,
    t.theme,
    m.wave,
    i.respondent,
    i.name as instrument_name,
    m.item_text,
    m.reverse_coded,
    area_group(m.urn, m.school_name, m.gender, m.send, m.fsm, m.disadvantaged, m.eal, m.ethnicity, m.year_group, m.trust, m.phase) as group_name,
    m.suppressed,
    m.suppression_reason,
    m.respondents,
    m.positive_pct,
    m.positive_low,
    m.positive_high
from mart_survey_item as m
inner join dim_question as q on q.instrument = m.instrument and q.item_code = m.item_code
inner join themes as t on t.theme = q.theme
inner join dim_instrument as i on i.instrument = m.instrument
left join respondent_kinds as r on r.respondent = i.respondent
where (m.grouping = 'All respondents' or (m.grouping = 'Trust' and not $scope_all))
    and group_rows_filtered(m.urn, $scope_all, $scope_trusts, $filter_trust, $filter_school, $filter_phase)
    and row_in_scope(m.urn, m.trust, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(m.urn, m.trust, m.phase, null, null, m.wave, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by group_name, t.theme_order, m.wave_order, coalesce(r.respondent_order, 4), i.name;
