-- One school's headline figures at each of its periods the filters keep: "I feel like I belong" % positive and the
-- belonging scale score by survey wave (pupil questionnaires), attendance and persistent absence over each academic
-- year to date, suspensions per 100 pupils and unexplained exits per 100 on roll by academic year. Each with its n
-- (respondents or pupils); a suppressed figure is null with suppressed set, never 0. A figure that is not suppressed
-- but null has no denominator (no attendance loaded to give the roll). Beside attendance and persistent absence, the
-- programme's figure for the same year: the aggregate row (urn null) that is exactly the caller's view (row_is_view:
-- all schools, or a chosen phase's, to a caller who sees every school, the trust's schools to a trust's user; none to
-- a school's own user),
-- hidden as the mart hides it, with its reason.
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

programme as (
    select p.academic_year, case when p.phase is not null then 'All ' || lower(p.phase) || ' schools'
        when p.trust is null then 'All schools' else 'All schools of ' || p.trust end as area,
        p.suppressed, p.suppression_reason, p.enrolments, p.attendance_rate, p.persistent_absence_rate
    from mart_attendance_school as p
    where p.urn is null
        and p.counting_window = 'year to date'
        and row_is_view(p.urn, p.trust, p.phase, $scope_all, $scope_trusts, $scope_urns, $filter_trust, $filter_school, $filter_phase)
        and row_in_scope(p.urn, p.trust, $scope_all, $scope_trusts, $scope_urns)
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
    f.measure,
    f.period,
    case when f.suppressed then null else round(f.value, 2) end as value,
    case when f.suppressed then null else cast(f.n as integer) end as n,
    f.suppressed,
    p.area as programme_area,
    case when p.suppressed then null
        else round(case f.measure_order when 3 then p.attendance_rate else p.persistent_absence_rate end, 2) end as programme_value,
    case when p.suppressed then null else cast(p.enrolments as integer) end as programme_n,
    coalesce(p.suppressed, false) as programme_suppressed,
    case when p.suppressed then p.suppression_reason end as programme_reason
from figures as f
left join programme as p on f.measure_order in (3, 4) and p.academic_year = f.period_order
order by f.measure_order, f.measure, f.period_order;
