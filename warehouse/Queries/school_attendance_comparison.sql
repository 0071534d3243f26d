-- One school's attendance and persistent absence beside its trust's other schools and the DfE's published figures for
-- its phase, per term and over the year to date. area_order: 1 the school; 2 the other schools of its trust that the
-- caller may see, totals over totals of those not suppressed (schools_left_out counts the suppressed ones); 3 its local
-- authority and 4 England, for the school's phase (all state-funded schools when the release has no figure for it),
-- year to date only, from the newest release for each year (benchmark_newest()), for the years the school has; 5 every
-- school the caller may see, by term and year to date: the mart's aggregate row that is exactly the caller's view
-- (row_is_view: all schools, or a trust's user's trust; none for a school's own user), hidden as the mart hides it.
with school as (
    select s.urn, nullif(s.trust, '') as trust, school_phase(s.phase) as phase, s.local_authority
    from dim_school as s
    where s.urn = $urn
        and school_in_scope(s.urn, $scope_all, $scope_trusts, $scope_urns)
),

rows as (
    select a.*, a.urn = s.urn as own, s.trust
    from mart_attendance_school as a
    inner join school as s on a.urn = s.urn or a.urn in (select o.urn from dim_school as o where o.trust = s.trust)
    where a.counting_window in ('term', 'year to date')
        and school_in_scope(a.urn, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(a.urn, null, null, a.academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

benchmarks as (
    select
        b.academic_year,
        case b.geographic_level when 'National' then 4 else 3 end as area_order,
        case b.geographic_level when 'National' then 'England' else b.area_name end
            || case b.phase when 'Total' then ', all state-funded schools' else ', ' || lower(b.phase) || ' schools' end
            || ' (DfE)' as area,
        b.measure,
        b.value
    from benchmark_newest() as b
    cross join school as s
    where b.release = 'dfe-attendance'
        and b.pupil_group = 'All pupils'
        and b.measure in ('attendance_perc', 'pa_perc')
        and b.cell_status = 'published'
        and b.phase in (s.phase, 'Total')
        and (b.geographic_level = 'National'
            or (b.geographic_level = 'Local authority' and s.local_authority in (b.area_code, b.area_name)))
        and b.academic_year in (select academic_year from rows where own)
    qualify row_number() over (
        partition by b.academic_year, b.geographic_level, b.measure
        order by (b.phase = s.phase) desc, (coalesce(b.time_identifier, '') ilike '%term' and b.time_identifier not ilike '%half terms') asc
    ) = 1
),

programme as (
    select p.academic_year, p.academic_year_label, p.period_order, p.period,
        case when p.phase is not null then 'All ' || lower(p.phase) || ' schools'
            when p.trust is null then 'All schools' else 'All schools of ' || p.trust end as area,
        p.suppressed, p.enrolments, p.attendance_rate, p.persistent_absence_rate
    from mart_attendance_school as p
    where p.urn is null
        and p.counting_window in ('term', 'year to date')
        and row_is_view(p.urn, p.trust, p.phase, $scope_all, $scope_trusts, $scope_urns, $filter_trust, $filter_school, $filter_phase)
        and row_in_scope(p.urn, p.trust, $scope_all, $scope_trusts, $scope_urns)
        and p.academic_year in (select academic_year from rows where own)
),

areas as (
    select academic_year, academic_year_label, period_order, period, 1 as area_order, school_name as area, suppressed,
        enrolments as n, attendance_rate, persistent_absence_rate, 0 as schools_left_out
    from rows
    where own
    union all
    select academic_year, academic_year_label, period_order, period, 2, 'Other schools in ' || any_value(trust),
        count(*) filter (where not suppressed) = 0,
        sum(enrolments) filter (where not suppressed),
        sum(attendance_rate * possible_sessions) filter (where not suppressed) / sum(possible_sessions) filter (where not suppressed),
        sum(persistent_absence_rate * enrolments) filter (where not suppressed) / sum(enrolments) filter (where not suppressed),
        count(*) filter (where suppressed)
    from rows
    where not own
    group by academic_year, academic_year_label, period_order, period
    union all
    select academic_year, academic_year_label, period_order, period, 5, area, suppressed, enrolments, attendance_rate,
        persistent_absence_rate, 0
    from programme
    union all
    select academic_year, academic_year_label(academic_year), 9, 'Year to date', area_order, any_value(area), false, null,
        any_value(value) filter (where measure = 'attendance_perc'), any_value(value) filter (where measure = 'pa_perc'), 0
    from benchmarks
    group by academic_year, area_order
)

select
    academic_year_label,
    period,
    area_order,
    area,
    suppressed,
    cast(n as integer) as n,
    round(attendance_rate, 2) as attendance_rate,
    round(persistent_absence_rate, 2) as persistent_absence_rate,
    cast(schools_left_out as integer) as schools_left_out
from areas
order by academic_year, period_order, area_order;
