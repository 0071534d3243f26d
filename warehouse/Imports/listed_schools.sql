-- The schools a school list has named (a list always gives the phase); other schools were only seen in exports.
select urn
from dim_school
where phase is not null;
