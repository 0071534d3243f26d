-- The overview's headline figures: each measure over the caller's schools that the filters keep, at its first and its
-- latest period (academic year; survey wave for the questionnaire), weighted across schools (totals over totals), with
-- its 95% interval, and on the latest row the change from the first with the change's interval. Each measure comes from
-- its mart's own aggregate row when one is exactly the caller's view (row_is_view: all schools, or one trust, only to a
-- caller who may see every school in it; for attendance also a phase, to a caller who sees every school), so schools
-- too small to show alone still count, and a hidden aggregate (suppression_reason: small, or complement) shows no
-- figure; otherwise from the schools' rows: a suppressed school's row carries no figures, so it is left out of the
-- figure and counted in suppressed_schools; a figure every school of which is suppressed is null. Intervals: Wilson for
-- a share of pupils or respondents (persistent absence, "I feel like I belong", unexplained exits), Byar's Poisson for
-- suspensions, the ratio of totals' own for attendance (pupils as the units), a normal interval for the mean scale
-- score (the schools' standard deviations pooled); the change's by MOVER, the two periods taken as independent samples.
-- The questionnaire's measures are those of $instrument when one is given (the school page's, one pupil questionnaire
-- at a time); with none, "I feel like I belong" of every questionnaire that asks it and the scale score of
-- pisa-belonging. whole_view: the figure is the view's own aggregate row (so it covers every school of the view, and
-- only a caller who may see them all gets it).
with attendance_rows as (
    select academic_year as period_order, academic_year_label as period, suppressed, suppression_reason as reason,
        possible_sessions, enrolments, attendance_rate, persistent_absence_rate, attended_sessions, sum_attended_squared,
        sum_attended_by_possible, sum_possible_squared, urn is null as is_view
    from mart_attendance_school
    where counting_window = 'year to date'
        and (urn is not null or row_is_view(urn, trust, phase, $scope_all, $scope_trusts, $scope_urns, $filter_trust, $filter_school, $filter_phase))
        and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, trust, phase, academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

attendance as (
    select * from attendance_rows where is_view = (select coalesce(bool_or(is_view), false) from attendance_rows)
),

suspension_rows as (
    select academic_year as period_order, academic_year_label as period, suspensions is null or pupils_on_roll is null as suppressed,
        coalesce(suspensions_reason, pupils_on_roll_reason) as reason, pupils_on_roll, suspensions, urn is null as is_view
    from mart_exclusions_school
    where counting_window = 'year to date'
        and (urn is not null or row_is_view(urn, trust, phase, $scope_all, $scope_trusts, $scope_urns, $filter_trust, $filter_school, $filter_phase))
        and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, trust, phase, academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

suspensions as (
    select * from suspension_rows where is_view = (select coalesce(bool_or(is_view), false) from suspension_rows)
),

exit_rows as (
    select academic_year as period_order, academic_year_label as period, unexplained is null or on_roll is null as suppressed,
        coalesce(unexplained_reason, on_roll_reason) as reason, on_roll,
        unexplained, urn is null as is_view
    from mart_roll_exit
    where grouping = 'All pupils'
        and (urn is not null or row_is_view(urn, trust, phase, $scope_all, $scope_trusts, $scope_urns, $filter_trust, $filter_school, $filter_phase))
        and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, trust, phase, academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

exits as (
    select * from exit_rows where is_view = (select coalesce(bool_or(is_view), false) from exit_rows)
),

belong_rows as (
    select wave_order as period_order, wave as period, suppressed, suppression_reason as reason, respondents, positive_pct,
        urn is null as is_view
    from mart_survey_item
    where item_code in ('belong', 'pisa_belong')
        and ($instrument is null or instrument = $instrument)
        and (
            (grouping = 'All respondents' and urn is not null)
            or (grouping in ('All respondents', 'Trust')
                and row_is_view(urn, trust, phase, $scope_all, $scope_trusts, $scope_urns, $filter_trust, $filter_school, $filter_phase))
        )
        and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, trust, phase, null, null, wave,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

belong as (
    select * from belong_rows where is_view = (select coalesce(bool_or(is_view), false) from belong_rows)
),

scale_rows as (
    select wave_order as period_order, wave as period, suppressed, suppression_reason as reason, respondents, mean_score,
        sd_score, urn is null as is_view
    from mart_survey_scale
    where instrument = coalesce($instrument, 'pisa-belonging')
        and (
            (grouping = 'All respondents' and urn is not null)
            or (grouping in ('All respondents', 'Trust')
                and row_is_view(urn, trust, phase, $scope_all, $scope_trusts, $scope_urns, $filter_trust, $filter_school, $filter_phase))
        )
        and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(urn, trust, phase, null, null, wave,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

scale as (
    select * from scale_rows where is_view = (select coalesce(bool_or(is_view), false) from scale_rows)
),

totals as (
    select 1 as measure_order, '"I feel like I belong": % positive' as measure, period_order, period,
        sum(positive_pct * respondents) filter (where not suppressed) / sum(respondents) filter (where not suppressed) as value,
        sum(respondents) filter (where not suppressed) as n, count(*) filter (where suppressed and not is_view) as suppressed_schools,
        max(reason) filter (where is_view and suppressed) as reason, bool_or(is_view) as whole_view,
        wilson_low(sum(round(positive_pct * respondents / 100)) filter (where not suppressed), sum(respondents) filter (where not suppressed)) as low,
        wilson_high(sum(round(positive_pct * respondents / 100)) filter (where not suppressed), sum(respondents) filter (where not suppressed)) as high
    from belong group by period_order, period
    union all
    select 2, 'Belonging scale score (1 to 4)', period_order, period, mean, n, suppressed_schools, reason, whole_view,
        mean - 1.959964 * sqrt(variance / n), mean + 1.959964 * sqrt(variance / n)
    from (
        select period_order, period,
            sum(mean_score * respondents) filter (where not suppressed) / sum(respondents) filter (where not suppressed) as mean,
            sum(respondents) filter (where not suppressed) as n, count(*) filter (where suppressed and not is_view) as suppressed_schools,
            max(reason) filter (where is_view and suppressed) as reason, bool_or(is_view) as whole_view,
            (sum((respondents - 1) * sd_score ^ 2 + respondents * mean_score ^ 2) filter (where not suppressed)
                - sum(respondents) filter (where not suppressed) * (sum(mean_score * respondents) filter (where not suppressed)
                    / sum(respondents) filter (where not suppressed)) ^ 2)
                / (sum(respondents) filter (where not suppressed) - 1) as variance
        from scale group by period_order, period
    )
    union all
    select 3, 'Attendance (%)', period_order, period,
        sum(attendance_rate * possible_sessions) filter (where not suppressed) / sum(possible_sessions) filter (where not suppressed),
        sum(enrolments) filter (where not suppressed), count(*) filter (where suppressed and not is_view),
        max(reason) filter (where is_view and suppressed), bool_or(is_view),
        ratio_low(sum(attended_sessions) filter (where not suppressed), sum(possible_sessions) filter (where not suppressed),
            sum(enrolments) filter (where not suppressed), sum(sum_attended_squared) filter (where not suppressed),
            sum(sum_attended_by_possible) filter (where not suppressed), sum(sum_possible_squared) filter (where not suppressed)),
        ratio_high(sum(attended_sessions) filter (where not suppressed), sum(possible_sessions) filter (where not suppressed),
            sum(enrolments) filter (where not suppressed), sum(sum_attended_squared) filter (where not suppressed),
            sum(sum_attended_by_possible) filter (where not suppressed), sum(sum_possible_squared) filter (where not suppressed))
    from attendance group by period_order, period
    union all
    select 4, 'Persistent absence (%)', period_order, period,
        sum(persistent_absence_rate * enrolments) filter (where not suppressed) / sum(enrolments) filter (where not suppressed),
        sum(enrolments) filter (where not suppressed), count(*) filter (where suppressed and not is_view),
        max(reason) filter (where is_view and suppressed), bool_or(is_view),
        wilson_low(sum(round(persistent_absence_rate * enrolments / 100)) filter (where not suppressed), sum(enrolments) filter (where not suppressed)),
        wilson_high(sum(round(persistent_absence_rate * enrolments / 100)) filter (where not suppressed), sum(enrolments) filter (where not suppressed))
    from attendance group by period_order, period
    union all
    select 5, 'Suspensions per 100 pupils', period_order, period,
        100.0 * sum(suspensions) filter (where not suppressed) / sum(pupils_on_roll) filter (where not suppressed),
        sum(pupils_on_roll) filter (where not suppressed), count(*) filter (where suppressed and not is_view),
        max(reason) filter (where is_view and suppressed), bool_or(is_view),
        100.0 * poisson_low(sum(suspensions) filter (where not suppressed)) / sum(pupils_on_roll) filter (where not suppressed),
        100.0 * poisson_high(sum(suspensions) filter (where not suppressed)) / sum(pupils_on_roll) filter (where not suppressed)
    from suspensions group by period_order, period
    union all
    select 6, 'Unexplained exits per 100 on roll', period_order, period,
        100.0 * sum(unexplained) filter (where not suppressed) / sum(on_roll) filter (where not suppressed),
        sum(on_roll) filter (where not suppressed), count(*) filter (where suppressed and not is_view),
        max(reason) filter (where is_view and suppressed), bool_or(is_view),
        wilson_low(sum(unexplained) filter (where not suppressed), sum(on_roll) filter (where not suppressed)),
        wilson_high(sum(unexplained) filter (where not suppressed), sum(on_roll) filter (where not suppressed))
    from exits group by period_order, period
),

ends as (
    select *, period_order = max(period_order) over (partition by measure) as latest
    from totals
    qualify period_order = min(period_order) over (partition by measure) or period_order = max(period_order) over (partition by measure)
),

changes as (
    select *,
        case when latest then lag(value) over (partition by measure order by period_order) end as first_value,
        case when latest then lag(low) over (partition by measure order by period_order) end as first_low,
        case when latest then lag(high) over (partition by measure order by period_order) end as first_high
    from ends
)

select measure, period, latest, round(value, 2) as value, cast(n as integer) as n, cast(suppressed_schools as integer) as suppressed_schools,
    reason as suppression_reason, whole_view,
    round(low, 2) as low, round(high, 2) as high,
    round(value - first_value, 2) as change,
    round(difference_low(first_value, first_low, first_high, value, low, high), 2) as change_low,
    round(difference_high(first_value, first_low, first_high, value, low, high), 2) as change_high
from changes
order by measure_order, period_order;
