create table stg_benchmark (
    import_id uuid not null,
    line integer not null,
    release varchar not null,
    academic_year integer not null,
    time_identifier varchar,
    geographic_level varchar not null,
    area_code varchar,
    area_name varchar not null,
    region_name varchar,
    phase varchar not null,
    counts_rounded boolean not null,
    measure varchar not null,
    value double,
    cell_status varchar not null,
    recomputed double
);

comment on table stg_benchmark is 'Cells of a DfE statistics file while its import is in flight; emptied when the import commits.';

-- Grain: one row per release per academic year (and time identifier) per area per phase per measure.
create table fact_benchmark (
    release varchar not null,
    academic_year integer not null,
    time_identifier varchar,
    geographic_level varchar not null,
    area_code varchar,
    area_name varchar not null,
    region_name varchar,
    phase varchar not null,
    counts_rounded boolean not null,
    measure varchar not null,
    value double,
    cell_status varchar not null,
    recomputed double,
    import_id uuid not null
);

comment on table fact_benchmark is 'DfE published statistics (attendance, suspensions and exclusions) as national, regional and local-authority benchmarks, one published figure per row.';
comment on column fact_benchmark.release is 'dfe-attendance or dfe-exclusions.';
comment on column fact_benchmark.academic_year is 'First calendar year of the academic year: 2024 is 2024/25.';
comment on column fact_benchmark.geographic_level is 'National, Regional or Local authority.';
comment on column fact_benchmark.area_code is 'Old (3-digit) LA code, region code or country code, as published.';
comment on column fact_benchmark.phase is 'Total, Primary, Secondary, Special or Alternative provision (from school_type or education_phase).';
comment on column fact_benchmark.counts_rounded is 'True when the row''s counts are rounded to the nearest 5, as DfE does above LA level; rates recomputed from them drift.';
comment on column fact_benchmark.measure is 'The published column, with names that changed between releases made canonical (fixed_excl and suspension are suspensions).';
comment on column fact_benchmark.value is 'The published figure; null when it is not published.';
comment on column fact_benchmark.cell_status is 'published, suppressed (c or x: kept suppressed, never zero), not_applicable (z or .), not_available (:) or low.';
comment on column fact_benchmark.recomputed is 'For a rate: the same rate recomputed from this row''s own counts, for comparison. The published value is the one to quote.';
