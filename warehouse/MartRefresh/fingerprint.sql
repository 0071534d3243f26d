-- A fingerprint of a whole table, order-independent, to tell whether its rows changed: how many rows there are
-- and the sum of their hashes (a row repeated twice does not cancel out, as it would in an xor).
select count(*) || ':' || coalesce(sum(hash(t)), 0)
from query_table($table_name) as t;
