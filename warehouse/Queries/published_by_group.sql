-- The DfE's published figures for the groups of one grouping, to set beside the programme's: England's, and each
-- local authority's where a release has them for an LA the caller's schools are in (matched by the 3-digit LA code of
-- the school's LAESTAB, or by the LA's name or code as the school list gives it). From the newest DfE release for
-- each year (benchmark_newest()), for the phase the caller's schools share (all schools when they span phases or a
-- release has no figure for it), the full year before any single term. The figures are public; the phase and the
-- local authorities come from the schools in the caller's scope only, and of those the ones the trust, school and
-- phase filters choose (one school's page: that school's phase and local authority).
with schools as (
    select s.phase, s.laestab, s.local_authority
    from dim_school as s
    where school_in_scope(s.urn, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(s.urn, s.trust, school_phase(s.phase), null, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
),

programme as (
    select
        case
            when count(distinct school_phase(phase)) = 1
                and any_value(school_phase(phase)) in ('Primary', 'Secondary', 'Special', 'Alternative provision')
                then any_value(school_phase(phase))
            else 'Total'
        end as phase
    from schools
),

measures (release, measure, measure_name, measure_order) as (
    values
        ('dfe-attendance', 'attendance_perc', 'Attendance', 1),
        ('dfe-attendance', 'overall_absence_perc', 'Absence', 2),
        ('dfe-attendance', 'pa_perc', 'Persistent absence', 3),
        ('dfe-exclusions', 'suspension_rate', 'Suspensions per 100 pupils', 4),
        ('dfe-exclusions', 'one_plus_suspension_rate', 'Pupils suspended at least once, per 100', 5),
        ('dfe-exclusions', 'permanent_exclusion_rate', 'Permanent exclusions per 100 pupils', 6)
)

select
    academic_year_label(f.academic_year) as academic_year_label,
    case when f.geographic_level = 'National' then 'England' else f.area_name end as area,
    f.pupil_group_value as group_name,
    replace(f.characteristic, '_', ' ') as characteristic,
    case f.phase when 'Total' then 'All schools' else f.phase end as phase,
    m.measure_name,
    f.value,
    f.release_name
from benchmark_newest() as f
inner join measures as m on m.release = f.release and m.measure = f.measure
cross join programme as p
where (
        f.geographic_level = 'National'
        or (f.geographic_level = 'Local authority' and exists (
            select 1
            from schools as s
            where try_cast(f.area_code as integer) = s.laestab // 10000
                or lower(s.local_authority) in (lower(f.area_name), lower(f.area_code))
        ))
    )
    and f.pupil_group = $grouping
    and f.phase in (p.phase, 'Total')
    and f.cell_status = 'published'
qualify row_number() over (
    partition by f.release, f.academic_year, f.geographic_level, f.area_name, f.characteristic_group, f.characteristic, f.measure
    order by (f.phase = p.phase) desc, (coalesce(f.time_identifier, '') ilike '%term' and f.time_identifier not ilike '%half terms') asc
) = 1
order by f.academic_year desc, f.geographic_level <> 'National', area, group_name, characteristic, m.measure_order;
