-- The DfE's published attendance rates by academic year and phase: England's, and each local authority's that a school
-- the caller may see is in (its local_authority the release's code or name), from the newest release for each year.
select
    academic_year_label(b.academic_year) as academic_year_label,
    b.phase,
    b.value as attendance_rate,
    case b.geographic_level when 'National' then 'England' else b.area_name end as area
from benchmark_newest() as b
where b.release = 'dfe-attendance'
    and b.pupil_group = 'All pupils'
    and b.measure = 'attendance_perc'
    and b.cell_status = 'published'
    and (b.geographic_level = 'National'
        or (b.geographic_level = 'Local authority' and exists (
            select 1
            from dim_school as s
            where s.local_authority in (b.area_code, b.area_name)
                and school_in_scope(s.urn, $scope_all, $scope_trusts, $scope_urns)
        )))
order by b.academic_year, b.geographic_level <> 'National', area, b.phase;
