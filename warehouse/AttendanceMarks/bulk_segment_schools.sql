-- The schools a segment of a file loaded in bulk meets first, with the name it gives each (new_schools.sql).
create temp table load_mark_school (
    school_urn integer not null,
    school_name varchar
);
