-- The characteristics history of every pupil with a row from import from_import, chained: each row holds until the day
-- before the pupil's next row (valid_to, null for the latest), and the first applies from 1900 so facts dated before a
-- pupil's first census still find it. Without that import's rows when leave_out is true (undoing it,
-- Census/undo.sql); with them when it loads (Census/load.sql).
create or replace macro pupil_history_chained(from_import, leave_out) as table
select
    pupil_key,
    valid_from,
    school_key,
    lead(valid_from) over pupil_history - 1 as valid_to,
    case when row_number() over pupil_history = 1 then date '1900-01-01' else valid_from end as applies_from
from dim_pupil_characteristics as c
where not (leave_out and c.import_id = from_import)
    and pupil_key in (select pupil_key from dim_pupil_characteristics as i where i.import_id = from_import)
window pupil_history as (partition by pupil_key order by valid_from, school_key);
