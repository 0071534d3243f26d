-- A fingerprint of a whole dimension table (order-independent), to tell whether an import changed it.
select coalesce(bit_xor(hash(t)), 0)::varchar
from query_table($table_name) as t;
