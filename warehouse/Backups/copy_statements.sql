-- The statements that copy the whole database this connection is on into a new DuckDB file ($path): every table
-- with its rows, view, macro, sequence (at its current value), constraint and comment, read in one transaction, so
-- the copy is consistent while imports write. ATTACH takes no parameters, so the path is written in as a quoted
-- literal; the copy's name is one no warehouse table uses.
select statement from (values
    (1, format('attach {} as bi_backup', '''' || replace($path, '''', '''''') || '''')),
    (2, format('copy from database "{}" to bi_backup', current_database())),
    (3, 'detach bi_backup')
) as steps(step, statement)
order by step;
