select
    urn,
    school_name,
    round,
    area_order,
    area,
    items_rated,
    fully_met,
    partially_met,
    not_yet_met,
    fully_met_pct
from mart_audit_area
where school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, null, null, null, null, null, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by school_name, urn, area_order, round_order;
