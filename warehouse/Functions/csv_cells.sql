-- A comma-separated UTF-8 file with a header line, read by DuckDB's parallel CSV reader: each data row as the list
-- of its cells, text as written (empty cells are null), so a query picks columns by their position in the header.
create or replace macro csv_cells(path) as table
    select [*columns(*)] as cells
    from read_csv(path, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', comment = '');
