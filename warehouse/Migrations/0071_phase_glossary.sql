-- Phase is a group of the attendance marts.
insert into ref_column_glossary values
    ('phase', 'The school''s phase (Primary, Secondary, All-through, Special, Alternative provision, or Unknown until a school list gives it); on a school''s row, its own phase.');
