-- Undo: the import's figures leave the warehouse (ImportUndo then loads again the releases it had replaced: the same
-- release name's figures for the same academic years).
delete from fact_benchmark where import_id = $import_id;
