select
    wave,
    concat_ws(' · ', gender, send, year_group) as group_name,
    suppressed,
    respondents,
    mean_score,
    mean_low,
    mean_high,
    sd_score,
    alpha,
    alpha_respondents
from mart_survey_scale
where instrument = $instrument
    and urn is null
    and grouping = $grouping
order by group_name, wave_order;
