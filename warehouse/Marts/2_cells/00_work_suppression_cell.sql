-- Every cell of every grouped mart, in one place, so primary and secondary suppression are decided once for
-- all of them. A cell's dims list the groups it breaks down by (null = all); partition_key names what the
-- cells beside it must share (the period, or the survey item and wave). Each cells script (2_cells/work_<mart>_cell.sql,
-- building work_<mart>_cell) replaces its own rows; the tables are created afresh only when every mart is rebuilt.
-- hidden_pass is the pass of secondary suppression that hid a cell (null for one the threshold hid).
create or replace table work_suppression_cell (
    mart varchar not null,
    cell_id bigint not null,
    partition_key varchar not null,
    dims varchar[] not null,
    n bigint not null,
    suppressed boolean not null,
    hidden_pass integer
);

-- The sets of 3_suppression: each cell's membership of each set of a total and its parts it belongs to, by mart;
-- a set is numbered (set_id, unique within its mart), so secondary suppression's passes join on a number.
create or replace table work_suppression_sibling (
    mart varchar not null,
    cell_id bigint not null,
    set_id bigint not null
);
