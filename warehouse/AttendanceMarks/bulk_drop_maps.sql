-- The maps of a bulk staging, once its rows are staged or taken back.
drop table if exists bulk_mark_pupil;

drop table if exists bulk_mark_school;

drop table if exists bulk_mark_session;

drop table if exists bulk_mark_code;
