-- One school as its page heads it, in words: its name, trust (null for a maintained school), phase, local authority
-- (the name a loaded DfE release gives its code, else as the school list gave it) and pupils on roll in its newest
-- academic year the filters keep (null when suppressed). No row for a school the caller may not see, so its page
-- answers 404 rather than naming it.
with school as (
    select s.urn, s.name, nullif(s.trust, '') as trust, school_phase(s.phase) as phase, s.local_authority
    from dim_school as s
    where s.urn = $urn
        and school_in_scope(s.urn, $scope_all, $scope_trusts, $scope_urns)
),

la_name as (
    select any_value(b.area_name) as area_name
    from fact_benchmark as b
    where b.geographic_level = 'Local authority'
        and b.area_code = (select local_authority from school)
),

roll as (
    select r.academic_year_label, r.on_roll
    from mart_roll_exit as r
    where r.urn = $urn
        and r.grouping = 'All pupils'
        and row_in_scope(r.urn, r.trust, $scope_all, $scope_trusts, $scope_urns)
        and row_in_filter(r.urn, r.trust, r.phase, r.academic_year_label, null, null,
            $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
    order by r.academic_year desc
    limit 1
)

select
    s.urn,
    s.name,
    s.trust,
    s.phase,
    coalesce(l.area_name, s.local_authority) as local_authority,
    r.academic_year_label as roll_year,
    r.on_roll
from school as s
cross join la_name as l
left join roll as r on true;
