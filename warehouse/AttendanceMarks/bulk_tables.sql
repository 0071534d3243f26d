-- What a clean long marks export read in bulk (LongMarksScan) holds besides its weeks, once its distinct values are
-- checked: its schools with the dates each covers (added: new to the warehouse with this file), its distinct raw
-- marks numbered from 1 with the DfE code each stands for, and the pupils whose weeks more than one segment of the
-- file holds.
create or replace temp table bulk_mark_school (
    school_urn integer not null,
    school_name varchar,
    first_date date not null,
    last_date date not null,
    added boolean not null
);

create or replace temp table load_mark (
    raw_mark varchar not null,
    attendance_code_key integer not null,
    mark_no integer not null
);

create or replace temp table bulk_split_pupil (
    pupil_key integer not null
);
