-- Undo: the import's rows leave the warehouse (ImportUndo then loads again the imports it had replaced).
delete from fact_survey_answer where import_id = $import_id;
