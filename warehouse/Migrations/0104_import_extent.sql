-- What an import's rows cover, for the imports list's schools and period columns and its period filter. Set by
-- Imports/record_extent.sql when an import loads; imports loaded before this migration take it from their rows still
-- in the warehouse (the same reading as Functions/import_extent.sql, which is created only after the migrations).
alter table ops_import add column covers_urns integer[];
alter table ops_import add column covers_from date;
alter table ops_import add column covers_to date;

comment on column ops_import.covers_urns is 'The URNs of the schools the import loaded rows for.';
comment on column ops_import.covers_from is 'The first date the import''s rows are about (a census: its effective date; DfE statistics: their first academic year''s start).';
comment on column ops_import.covers_to is 'The last date the import''s rows are about.';

update ops_import as i
set covers_urns = e.urns, covers_from = e.first_date, covers_to = e.last_date
from (
    select
        c.import_id,
        list(distinct s.urn order by s.urn) filter (where s.urn is not null) as urns,
        min(c.first_date) as first_date,
        max(c.last_date) as last_date
    from (
        select import_id, school_key, period_start as first_date, period_end as last_date from fact_attendance
        union all select import_id, school_key, period_start, period_end from fact_attendance_week
        union all select import_id, school_key, incident_date, incident_date from fact_behaviour_incident
        union all select import_id, school_key, start_date, start_date from fact_exclusion
        union all select import_id, school_key, answered_on, answered_on from fact_survey_answer
        union all select import_id, school_key, null, null from fact_audit_rating
        union all select import_id, school_key, valid_from, valid_from from dim_pupil_characteristics
        union all select import_id, school_key, null, null from fact_roll_change
        union all
        select import_id, null, make_date(academic_year, 9, 1), make_date(academic_year + 1, 8, 31)
        from fact_benchmark
    ) as c
    left join dim_school as s on s.school_key = c.school_key
    group by c.import_id
) as e
where e.import_id = i.import_id;
