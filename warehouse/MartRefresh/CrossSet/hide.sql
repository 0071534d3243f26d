-- Hides the complements the check across sets chose ($units: unit ids, comma-separated) for one mart ($mart), each
-- unit whole, as one more pass of secondary suppression, so that its next pass (20_secondary_suppression.sql) looks
-- at the sets that hold them.
update work_suppression_cell
set suppressed = true, hidden_pass = (select coalesce(max(hidden_pass), 0) + 1 from work_suppression_cell where mart = $mart)
where mart = $mart and not suppressed
    and unit_id in (select unnest(cast(string_split($units, ',') as bigint[])));
