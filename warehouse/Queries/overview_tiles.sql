-- The overview's headline figures: each measure over the caller's schools that the filters keep, at its first and its
-- latest period (academic year; survey wave for the questionnaire), weighted across schools (totals over totals). A
-- suppressed school's row carries no figures, so it is left out of the figure and counted in suppressed_schools; a
-- figure every school of which is suppressed is null.
with attendance as (
    select academic_year as period_order, academic_year_label as period, suppressed, possible_sessions, enrolments,
        attendance_rate, persistent_absence_rate
    from mart_attendance_school
    where counting_window = 'year to date'
        and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, null, null, academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

suspensions as (
    select academic_year as period_order, academic_year_label as period, suppressed or suspensions is null as suppressed,
        pupils_on_roll, suspensions
    from mart_exclusions_school
    where counting_window = 'year to date'
        and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, null, null, academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

exits as (
    select academic_year as period_order, academic_year_label as period, unexplained is null as suppressed, on_roll, unexplained
    from mart_roll_exit
    where grouping = 'All pupils'
        and urn is not null
        and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, trust, phase, academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

belong as (
    select wave_order as period_order, wave as period, suppressed, respondents, positive_pct
    from mart_survey_item
    where item_code in ('belong', 'pisa_belong')
        and grouping = 'All respondents'
        and urn is not null
        and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, trust, phase, null, null, wave,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

scale as (
    select wave_order as period_order, wave as period, suppressed, respondents, mean_score
    from mart_survey_scale
    where instrument = 'pisa-belonging'
        and grouping = 'All respondents'
        and urn is not null
        and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, trust, phase, null, null, wave,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

figures as (
    select 1 as measure_order, '"I feel like I belong": % positive' as measure, period_order, period,
        sum(positive_pct * respondents) filter (where not suppressed) / sum(respondents) filter (where not suppressed) as value,
        sum(respondents) filter (where not suppressed) as n, count(*) filter (where suppressed) as suppressed_schools
    from belong group by period_order, period
    union all
    select 2, 'Belonging scale score (1 to 4)', period_order, period,
        sum(mean_score * respondents) filter (where not suppressed) / sum(respondents) filter (where not suppressed),
        sum(respondents) filter (where not suppressed), count(*) filter (where suppressed)
    from scale group by period_order, period
    union all
    select 3, 'Attendance (%)', period_order, period,
        sum(attendance_rate * possible_sessions) filter (where not suppressed) / sum(possible_sessions) filter (where not suppressed),
        sum(enrolments) filter (where not suppressed), count(*) filter (where suppressed)
    from attendance group by period_order, period
    union all
    select 4, 'Persistent absence (%)', period_order, period,
        sum(persistent_absence_rate * enrolments) filter (where not suppressed) / sum(enrolments) filter (where not suppressed),
        sum(enrolments) filter (where not suppressed), count(*) filter (where suppressed)
    from attendance group by period_order, period
    union all
    select 5, 'Suspensions per 100 pupils', period_order, period,
        100.0 * sum(suspensions) filter (where not suppressed) / sum(pupils_on_roll) filter (where not suppressed),
        sum(pupils_on_roll) filter (where not suppressed), count(*) filter (where suppressed)
    from suspensions group by period_order, period
    union all
    select 6, 'Unexplained exits per 100 on roll', period_order, period,
        100.0 * sum(unexplained) filter (where not suppressed) / sum(on_roll) filter (where not suppressed),
        sum(on_roll) filter (where not suppressed), count(*) filter (where suppressed)
    from exits group by period_order, period
)

select measure, period, period_order = max(period_order) over (partition by measure) as latest, round(value, 2) as value,
    cast(n as integer) as n, cast(suppressed_schools as integer) as suppressed_schools
from figures
qualify period_order = min(period_order) over (partition by measure) or period_order = max(period_order) over (partition by measure)
order by measure_order, period_order;
