-- The filter bar's choices, from what the caller may see only: their trusts, schools and phases, and the years, terms
-- and survey waves their schools have figures for. A school's choice carries its trust and phase, so the bar can
-- offer the schools of a chosen trust or phase.
with schools as (
    select urn, name, trust, school_phase(phase) as phase
    from dim_school
    where school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
),

years as (
    select academic_year, academic_year_label from mart_attendance_school
    where school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
    union
    select academic_year, academic_year_label from mart_exclusions_school
    where school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
    union
    select academic_year, academic_year_label from mart_roll_exit
    where row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
),

terms as (
    select period, min(period_order) as period_order from mart_attendance_school
    where counting_window = 'term'
        and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
    group by period
),

waves as (
    select wave, min(wave_order) as wave_order from mart_survey_item
    where row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
    group by wave
)

select field, value, label, trust, phase
from (
    select 1 as field_order, 'trust' as field, trust as value, trust as label, trust, null as phase, trust as sort_text, 0 as sort_number
    from schools where trust is not null group by trust
    union all
    select 2, 'school', cast(urn as varchar), name, trust, phase, name, urn from schools
    union all
    select 3, 'phase', phase, phase, null, phase, phase, 0 from schools group by phase
    union all
    select 4, 'year', academic_year_label, academic_year_label, null, null, '', -academic_year from years
    union all
    select 5, 'term', period, period, null, null, '', period_order from terms
    union all
    select 6, 'wave', wave, wave, null, null, '', wave_order from waves
)
order by field_order, sort_text, sort_number;
