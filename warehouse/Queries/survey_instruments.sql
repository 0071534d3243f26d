select i.instrument, i.name
from dim_instrument as i
where exists (select 1 from mart_survey_item as m where m.instrument = i.instrument)
order by i.name;
