-- The audit's cells of mart_survey_item: respondents per item and wave.
select
    false as linked,
    concat_ws('|', instrument, item_code, wave) as partition_key,
    cast(urn as varchar) as urn,
    [gender, send, fsm, disadvantaged, eal, ethnicity, year_group] as dims,
    trust,
    phase,
    respondents as n,
    suppression_reason as reason
from mart_survey_item
