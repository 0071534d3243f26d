-- One school's headline figures at each of its periods the filters keep: "I feel like I belong" % positive and the
-- belonging scale score by survey wave (pupil questionnaires), attendance and persistent absence over each academic
-- year to date, suspensions per 100 pupils and unexplained exits per 100 on roll by academic year. Each with its n
-- (respondents or pupils); a suppressed figure is null with suppressed set, never 0. A figure that is not suppressed
-- but null has no denominator (no attendance loaded to give the roll).
with belong as (
    select i.item_text, i.wave_order, i.wave, i.suppressed, i.respondents, i.positive_pct
    from mart_survey_item as i
    where i.urn = $urn
        and i.item_code in ('belong', 'pisa_belong')
        and i.grouping = 'All respondents'
        and row_in_scope(i.urn, i.trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(i.urn, i.trust, i.phase, null, null, i.wave,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

scale as (
    select n.name as instrument_name, c.wave_order, c.wave, c.suppressed, c.respondents, c.mean_score
    from mart_survey_scale as c
    inner join dim_instrument as n on n.instrument = c.instrument
    where c.urn = $urn
        and c.instrument in (select instrument from mart_survey_item where item_code in ('belong', 'pisa_belong'))
        and c.grouping = 'All respondents'
        and row_in_scope(c.urn, c.trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(c.urn, c.trust, c.phase, null, null, c.wave,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

attendance as (
    select a.academic_year, a.academic_year_label, a.suppressed, a.enrolments, a.attendance_rate, a.persistent_absence_rate
    from mart_attendance_school as a
    where a.urn = $urn
        and a.counting_window = 'year to date'
        and school_in_scope(a.urn, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(a.urn, null, null, a.academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

suspensions as (
    select e.academic_year, e.academic_year_label, e.suppressed or e.suspensions is null as suppressed, e.pupils_on_roll,
        e.suspension_rate
    from mart_exclusions_school as e
    where e.urn = $urn
        and e.counting_window = 'year to date'
        and school_in_scope(e.urn, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(e.urn, null, null, e.academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

exits as (
    select r.academic_year, r.academic_year_label, r.unexplained is null as suppressed, r.on_roll, r.unexplained_exit_rate
    from mart_roll_exit as r
    where r.urn = $urn
        and r.grouping = 'All pupils'
        and row_in_scope(r.urn, r.trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(r.urn, r.trust, r.phase, r.academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

figures as (
    select 1 as measure_order, '"' || item_text || '": % positive' as measure, wave_order as period_order,
        upper(wave[1]) || wave[2:] as period, positive_pct as value, respondents as n, suppressed
    from belong
    union all
    select 2, 'Belonging scale score (1 to 4), ' || instrument_name, wave_order, upper(wave[1]) || wave[2:], mean_score,
        respondents, suppressed
    from scale
    union all
    select 3, 'Attendance (%)', academic_year, academic_year_label, attendance_rate, enrolments, suppressed
    from attendance
    union all
    select 4, 'Persistent absence (%)', academic_year, academic_year_label, persistent_absence_rate, enrolments, suppressed
    from attendance
    union all
    select 5, 'Suspensions per 100 pupils', academic_year, academic_year_label, suspension_rate, pupils_on_roll, suppressed
    from suspensions
    union all
    select 6, 'Unexplained exits per 100 on roll', academic_year, academic_year_label, unexplained_exit_rate, on_roll, suppressed
    from exits
)

select
    measure,
    period,
    case when suppressed then null else round(value, 2) end as value,
    case when suppressed then null else cast(n as integer) end as n,
    suppressed
from figures
order by measure_order, measure, period_order;
