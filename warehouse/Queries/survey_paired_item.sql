select
    item_order,
    item_text,
    suppressed,
    pairs,
    baseline_positive_pct,
    endline_positive_pct,
    became_not_positive,
    became_positive,
    p_value,
    significant
from mart_survey_paired_item
where instrument = $instrument
    and urn is null
    and row_in_scope(urn, null, $scope_all, $scope_trusts, $scope_urns)
order by item_order;
