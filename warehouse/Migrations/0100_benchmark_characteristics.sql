-- DfE releases broken down by pupil characteristic, and releases that overlap in years kept side by side.
alter table fact_benchmark add column release_name varchar;
alter table fact_benchmark add column characteristic_group varchar;
alter table fact_benchmark add column characteristic varchar;
alter table fact_benchmark add column pupil_group varchar;
alter table fact_benchmark add column pupil_group_value varchar;

-- Every figure loaded so far was for all pupils, from a release known only by its kind.
update fact_benchmark
set release_name = release,
    characteristic = 'Total',
    pupil_group = 'All pupils',
    pupil_group_value = 'All pupils';

comment on table fact_benchmark is 'DfE published statistics (attendance, suspensions and exclusions) as national, regional and local-authority benchmarks, by pupil characteristic, one published figure per row.';
comment on column fact_benchmark.release is 'dfe-attendance or dfe-exclusions.';
comment on column fact_benchmark.release_name is 'The release the figure came from: the loaded file''s name. Releases overlapping in years are both kept; pages quote the newest (benchmark_newest()).';
comment on column fact_benchmark.characteristic_group is 'The characteristic''s group as published (characteristic_group, breakdown_topic or characteristic_desc), such as SEN provision; null when the file has none.';
comment on column fact_benchmark.characteristic is 'The pupil characteristic as published, such as EHC plan or FSM_eligible (a crossing of two as "Age_5, Male"); Total for all pupils.';
comment on column fact_benchmark.pupil_group is 'The warehouse grouping the characteristic is the same as (All pupils, Gender, SEND, FSM, Disadvantaged, EAL, Ethnicity, Year group); null when it is none of them.';
comment on column fact_benchmark.pupil_group_value is 'The group within pupil_group in the marts'' words (SEND, No SEND, FSM, Female, Year 7...); EHC plan and SEN support are both SEND, each kept under its published name.';
