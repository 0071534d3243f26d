-- Whether any rolled-up week holds a session marked twice.
select exists (select 1 from load_mark_week where repeated);
