-- Grain: one cell per row of mart_roll_exit (work_roll_exit_cell's cells of all pupils on roll, exit level 0): the
-- pupils on roll the row counts, which the Leavers page shows beside the leavers. A roll under the threshold is hidden
-- (small), and 3_suppression protects it across sibling schools and groups as it protects the leavers, so a hidden
-- roll cannot be worked out as a total less the rolls shown beside it. The rolls are cells of their own mart
-- (roll_exit_on_roll), apart from the leavers: a roll and its leavers are different counts, each in its own sets.
create or replace table work_roll_exit_on_roll_cell as
select
    cell_id,
    academic_year,
    dims,
    pupils,
    pupils < $suppression_threshold as suppressed
from work_roll_exit_cell
where exit_level = 0;

delete from work_suppression_cell where mart = 'roll_exit_on_roll';

insert into work_suppression_cell (mart, cell_id, partition_key, dims, n, suppressed)
select
    'roll_exit_on_roll',
    cell_id,
    cast(academic_year as varchar),
    dims,
    pupils,
    suppressed
from work_roll_exit_on_roll_cell;
