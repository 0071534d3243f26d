alter table ops_import add column period varchar;

comment on column ops_import.period is 'The period chosen at upload (dd/mm/yyyy-dd/mm/yyyy), for an attendance summary whose rows and title rows do not say.';
