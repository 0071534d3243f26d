select
    urn,
    school_name,
    academic_year_label,
    counting_window,
    period,
    suppressed,
    pupils_on_roll,
    suspensions,
    suspension_rate,
    pupils_suspended,
    one_plus_suspension_rate,
    permanent_exclusions,
    permanent_exclusion_rate,
    behaviour_incidents,
    behaviour_incident_rate
from mart_exclusions_school
where urn is not null
    and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, null, null, academic_year_label, case counting_window when 'term' then period end, null,
        $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by academic_year, period_order, school_name;
