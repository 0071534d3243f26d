-- A file loaded again under the same release name replaces that release's figures for its years; other releases
-- covering the same years stay beside it (benchmark_newest() chooses between them).
delete from fact_benchmark as f
where exists (
    select 1
    from stg_benchmark as stg
    where stg.import_id = $import_id
        and stg.release = f.release
        and stg.release_name = f.release_name
        and stg.academic_year = f.academic_year
);

insert into fact_benchmark (
    release, release_name, academic_year, time_identifier, geographic_level, area_code, area_name, region_name, phase,
    characteristic_group, characteristic, pupil_group, pupil_group_value, counts_rounded, measure, value, cell_status,
    recomputed, import_id
)
select
    release,
    release_name,
    academic_year,
    time_identifier,
    geographic_level,
    area_code,
    area_name,
    region_name,
    phase,
    characteristic_group,
    characteristic,
    pupil_group,
    pupil_group_value,
    counts_rounded,
    measure,
    value,
    cell_status,
    recomputed,
    import_id
from stg_benchmark
where import_id = $import_id;

delete from stg_benchmark where import_id = $import_id;
