-- Undo: the import's snapshot and roll changes leave the warehouse (ImportUndo then loads again the censuses it had
-- replaced: the same school and effective date, or the same pupils' roll changes at the school). The history of each
-- pupil it touched is chained again without its rows first (Functions/pupil_history.sql, as Census/load.sql chains
-- it), so each pupil's rows end as they would without the import.
update dim_pupil_characteristics as c
set valid_to = chained.valid_to, is_current = chained.valid_to is null, applies_from = chained.applies_from
from pupil_history_chained($import_id, true) as chained
where c.pupil_key = chained.pupil_key and c.valid_from = chained.valid_from and c.school_key = chained.school_key;

delete from dim_pupil_characteristics where import_id = $import_id;

delete from fact_roll_change where import_id = $import_id;
