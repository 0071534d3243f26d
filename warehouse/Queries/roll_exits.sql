select
    academic_year_label,
    area_level,
    area,
    coalesce(group_value, 'All pupils') as group_value,
    on_roll,
    by_exit_type,
    by_destination,
    leavers,
    moved_school,
    permanent_exclusion,
    unexplained,
    unexplained_exit_rate,
    elective_home_education,
    alternative_provision,
    unknown_or_missing_education,
    other_destination,
    on_roll_reason,
    leavers_reason,
    moved_school_reason,
    permanent_exclusion_reason,
    unexplained_reason,
    elective_home_education_reason,
    alternative_provision_reason,
    unknown_or_missing_education_reason,
    other_destination_reason
from mart_roll_exit
where grouping = $grouping
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, trust, phase, academic_year_label, null, null, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by
    academic_year desc,
    case area_level when 'All schools' then 1 when 'Trust' then 2 else 3 end,
    area,
    group_value;
