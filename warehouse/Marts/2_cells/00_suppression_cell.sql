-- Every cell of every grouped mart, in one place, so primary and secondary suppression are decided once for
-- all of them. A cell's dims list the groups it breaks down by (null = all); partition_key names what the
-- cells beside it must share (the period, or the survey item and wave). Each cells script replaces its own rows;
-- the table is created afresh only when every mart is rebuilt.
create or replace table work_suppression_cell (
    mart varchar not null,
    cell_id bigint not null,
    partition_key varchar not null,
    dims varchar[] not null,
    n bigint not null,
    suppressed boolean not null
);
