-- Keeps in the ledger what a succeeded import's rows cover (Functions/import_extent.sql), inside its transaction, so
-- the imports list shows its schools and period even after later imports replace its rows or it is undone.
update ops_import as i
set covers_urns = e.urns, covers_from = e.first_date, covers_to = e.last_date
from import_extent() as e
where e.import_id = $import_id and i.import_id = $import_id;
