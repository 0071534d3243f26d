-- Whether any of the file's weeks holds a session marked twice.
select exists (select 1 from load_week_marks where repeated);
