alter table dim_school add column laestab integer;
alter table dim_school add column phase varchar;
alter table dim_school add column trust varchar;
alter table dim_school add column local_authority varchar;

comment on column dim_school.name is 'The school''s name from a school list or an export that names it; ''School <urn>'' until one does.';
comment on column dim_school.laestab is 'The DfE number: 3-digit LA code and 4-digit establishment number (2024123); null until a school list gives it.';
comment on column dim_school.phase is 'primary, secondary, all-through, special or alternative provision; null until a school list gives it.';
comment on column dim_school.trust is 'The academy trust the school belongs to, from a school list; null for a school in no trust or not yet listed.';
comment on column dim_school.local_authority is 'The local authority''s name, or its 3-digit code when the school list gives no name.';

create table stg_school (
    import_id uuid not null,
    line integer not null,
    urn integer not null,
    laestab integer,
    name varchar not null,
    phase varchar not null,
    trust varchar,
    local_authority varchar,
    laestab_given boolean not null,
    trust_given boolean not null,
    local_authority_given boolean not null
);

comment on table stg_school is 'Rows of a school list while its import is in flight; emptied when the import commits.';
comment on column stg_school.trust_given is 'The file has a trust column, so an empty cell means no trust; without the column the known trust is kept.';
