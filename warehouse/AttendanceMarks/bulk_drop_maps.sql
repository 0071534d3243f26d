-- The maps of a bulk staging and the view over its file, once its rows are loaded or the file is read row by row.
drop view if exists load_file_mark;

drop table if exists bulk_mark_pupil;

drop table if exists bulk_mark_school;

drop table if exists bulk_mark_session;

drop table if exists bulk_mark_code;

drop table if exists bulk_mark_school_date;
