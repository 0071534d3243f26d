-- Grain: one row per DfE exclusion reason code, current (from September 2020) or withdrawn.
create table dim_exclusion_reason (
    reason_code varchar not null,
    description varchar not null,
    in_current_list boolean not null
);

comment on table dim_exclusion_reason is 'The DfE reasons for suspension and permanent exclusion (school census), current and withdrawn.';
comment on column dim_exclusion_reason.in_current_list is 'False for codes no longer collected: OT (other, withdrawn September 2020) and PH (public health measures, COVID era).';

insert into dim_exclusion_reason values
    ('PP', 'Physical assault against a pupil', true),
    ('PA', 'Physical assault against an adult', true),
    ('VP', 'Verbal abuse or threatening behaviour against a pupil', true),
    ('VA', 'Verbal abuse or threatening behaviour against an adult', true),
    ('OW', 'Use or threat of use of an offensive weapon or prohibited item', true),
    ('BU', 'Bullying', true),
    ('RA', 'Racist abuse', true),
    ('LG', 'Abuse against sexual orientation or gender identity', true),
    ('DS', 'Abuse relating to disability', true),
    ('SM', 'Sexual misconduct', true),
    ('DA', 'Drug and alcohol related', true),
    ('DB', 'Persistent or general disruptive behaviour', true),
    ('DM', 'Damage to property', true),
    ('TH', 'Theft', true),
    ('MT', 'Inappropriate use of social media or online technology', true),
    ('PH', 'Wilful and repeated breach of protective measures in place to protect public health', false),
    ('OT', 'Other (withdrawn September 2020; also unrecognised local reasons)', false);

create table stg_exclusion (
    import_id uuid not null,
    line integer not null,
    pupil_hash varchar not null,
    school_urn integer not null,
    start_date date not null,
    category varchar not null,
    sessions integer,
    reason_1_raw varchar,
    reason_1 varchar,
    reason_2_raw varchar,
    reason_2 varchar,
    reason_3_raw varchar,
    reason_3 varchar
);

comment on table stg_exclusion is 'Rows of a suspensions and permanent exclusions export while its import is in flight; emptied when the import commits.';

-- Grain: one row per suspension or permanent exclusion (a pupil, a school, a start date and a category).
create table fact_exclusion (
    school_key integer not null,
    pupil_key integer not null,
    start_date date not null,
    category varchar not null,
    sessions integer,
    reason_1_raw varchar,
    reason_1 varchar,
    reason_2_raw varchar,
    reason_2 varchar,
    reason_3_raw varchar,
    reason_3 varchar,
    import_id uuid not null
);

comment on table fact_exclusion is 'Suspensions (fixed-period exclusions), lunchtime suspensions and permanent exclusions, with sessions lost and up to three reasons.';
comment on column fact_exclusion.category is 'suspension (census FIXD), lunchtime (LNCH, a suspension of one session) or permanent (PERM).';
comment on column fact_exclusion.sessions is 'Sessions (half days) lost; days in the export are doubled. Null for a permanent exclusion exported without a length.';
comment on column fact_exclusion.reason_1_raw is 'The first reason as exported (a code or a known description); null when it was unrecognised text, which may be free text.';
comment on column fact_exclusion.reason_1 is 'The first reason as a DfE code (dim_exclusion_reason); OT when the exported reason was not recognised.';
comment on column fact_exclusion.reason_2 is 'The second reason as a DfE code, if any.';
comment on column fact_exclusion.reason_3 is 'The third reason as a DfE code, if any.';
comment on column fact_exclusion.import_id is 'The import these rows came from; a corrected export replaces a school''s exclusions starting within its first to last start date.';
