create table stg_census (
    import_id uuid not null,
    line integer not null,
    pupil_hash varchar not null,
    school_urn integer not null,
    effective_date date not null,
    gender varchar,
    nc_year varchar,
    sen_provision varchar not null,
    sen_legacy boolean not null,
    fsm_eligible boolean,
    disadvantaged boolean,
    first_language varchar,
    eal boolean,
    ethnicity_code varchar,
    ethnicity_major_group varchar not null,
    admission_date date,
    leaving_date date,
    destination varchar
);

comment on table stg_census is 'Rows of a pupil characteristics export while its import is in flight; emptied when the import commits.';

-- Grain: one row per pupil per school per snapshot (effective date). Slowly changing: each row holds from its
-- valid_from until the day before the pupil's next snapshot; the earliest snapshot also covers everything before
-- it (applies_from), so facts dated before the first census still find the pupil's characteristics.
create table dim_pupil_characteristics (
    pupil_key integer not null,
    school_key integer not null,
    valid_from date not null,
    applies_from date not null,
    valid_to date,
    is_current boolean not null,
    gender varchar,
    nc_year varchar,
    sen_provision varchar not null,
    sen_legacy boolean not null,
    fsm_eligible boolean,
    disadvantaged boolean,
    first_language varchar,
    eal boolean,
    ethnicity_code varchar,
    ethnicity_major_group varchar not null,
    import_id uuid not null
);

comment on table dim_pupil_characteristics is 'Pupil characteristics as effective-dated history: join a fact on pupil_key and its date between applies_from and valid_to (open when null).';
comment on column dim_pupil_characteristics.valid_from is 'The census or effective date of the export this row came from.';
comment on column dim_pupil_characteristics.applies_from is 'valid_from, except for a pupil''s earliest snapshot, which applies to all earlier dates too.';
comment on column dim_pupil_characteristics.valid_to is 'The day before the pupil''s next snapshot; null for the current row.';
comment on column dim_pupil_characteristics.gender is 'M, F or U (unknown).';
comment on column dim_pupil_characteristics.nc_year is 'National curriculum year: E1, E2, N1, N2, R, 1 to 14, or X (not followed).';
comment on column dim_pupil_characteristics.sen_provision is 'N (no SEN), K (SEN support) or E (EHC plan); SEND means K or E.';
comment on column dim_pupil_characteristics.sen_legacy is 'True when the export used a pre-2014 code (A or P read as K, S as E).';
comment on column dim_pupil_characteristics.fsm_eligible is 'Known to be eligible for free school meals on the effective date.';
comment on column dim_pupil_characteristics.disadvantaged is 'FSM in the last six years (Ever 6) or otherwise pupil-premium disadvantaged, as exported.';
comment on column dim_pupil_characteristics.first_language is 'ENG, ENB, OTH, OTB, NOT, REF (detailed language codes are read as OTH).';
comment on column dim_pupil_characteristics.eal is 'English as an additional language: first language OTH or OTB; null when not known.';
comment on column dim_pupil_characteristics.ethnicity_major_group is 'DfE major group: White, Mixed, Asian, Black, Chinese, Any other ethnic group, Unclassified.';

-- Grain: one row per pupil per school per roll change (joined or left) and date.
create table fact_roll_change (
    school_key integer not null,
    pupil_key integer not null,
    change_date date not null,
    change varchar not null,
    destination varchar,
    import_id uuid not null
);

comment on table fact_roll_change is 'Joiners and leavers from pupil characteristics exports (admission and leaving dates).';
comment on column fact_roll_change.change is 'joined or left.';
comment on column fact_roll_change.destination is 'For leavers: another school, elective home education, alternative provision, permanent exclusion, unknown or missing education, or other.';
