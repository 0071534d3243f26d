-- A release for the same years replaces the earlier one.
delete from fact_benchmark as f
where exists (
    select 1
    from stg_benchmark as stg
    where stg.import_id = $import_id
        and stg.release = f.release
        and stg.academic_year = f.academic_year
);

insert into fact_benchmark
select
    release,
    academic_year,
    time_identifier,
    geographic_level,
    area_code,
    area_name,
    region_name,
    phase,
    counts_rounded,
    measure,
    value,
    cell_status,
    recomputed,
    import_id
from stg_benchmark
where import_id = $import_id;

delete from stg_benchmark where import_id = $import_id;
