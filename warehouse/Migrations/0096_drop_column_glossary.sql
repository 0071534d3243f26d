-- Each mart script now describes its own columns (comment on column, re-applied at every rebuild), so the glossary
-- of mart column meanings by name is no longer read.
drop table ref_column_glossary;
