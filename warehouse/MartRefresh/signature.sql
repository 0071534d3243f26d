-- The signature the marts were last built with; none before the first refresh.
select max(signature)
from ops_mart_refresh;
