-- Every cell of every grouped mart, in one place, so primary and secondary suppression are decided once for
-- all of them. A cell's dims list the groups it breaks down by (null = all); partition_key names what the
-- cells beside it must share (the period, or the survey item and wave). Each cells script (2_cells/work_<mart>_cell.sql,
-- building work_<mart>_cell) replaces its own rows; the tables are created afresh only when every mart is rebuilt.
-- A school's cell carries its trust and phase as dims 9 and 10, where a mart has them. hidden_pass is the pass of
-- secondary suppression that hid a cell (null for one the threshold hid: its reason is small, else complement);
-- unit_id names the cells that count the same pupils (3_suppression), which are hidden or shown together, and
-- unit_groups the fewest groups (school included) any of them breaks down by: the fewer, the more a reader loses;
-- unit_key orders units on a tie by their groups, since cell ids are numbered in no fixed order.
create or replace table work_suppression_cell (
    mart varchar not null,
    cell_id bigint not null,
    partition_key varchar not null,
    dims varchar[] not null,
    n bigint not null,
    suppressed boolean not null,
    hidden_pass integer,
    unit_id bigint,
    unit_groups integer,
    unit_key varchar
);

-- The sets of 3_suppression: each cell's membership of each set of a total and its parts it belongs to, by mart;
-- a set is numbered (set_id, unique within its mart), so secondary suppression's passes join on a number; total
-- marks the set's total, the others being its parts.
create or replace table work_suppression_sibling (
    mart varchar not null,
    cell_id bigint not null,
    set_id bigint not null,
    total boolean not null
);
