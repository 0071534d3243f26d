-- Survey and leavers marts name their counting window too: a survey wave, the programme window from the first wave
-- to the last, or the academic year so far.
update ref_column_glossary
set meaning = 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).'
where column_name = 'counting_window';
