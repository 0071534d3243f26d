-- The statement that opens the new snapshot file ($path) beside the warehouse, under a name no warehouse table
-- uses: ATTACH takes no parameters, so the path is written in as a quoted literal.
select format('attach {} as bi_snapshot', '''' || replace($path, '''', '''''') || '''');
