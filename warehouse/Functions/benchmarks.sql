-- DfE releases can overlap in years (an older national summary and a newer release covering the same year): both are
-- kept, and pages quote the newest for each year: the release reaching the latest year, then the one received last.
create or replace macro benchmark_newest() as table
    with releases as (
        select f.release, f.release_name, max(f.academic_year) as last_year, max(i.received_at) as received_at
        from fact_benchmark as f
        left join ops_import as i on i.import_id = f.import_id
        group by f.release, f.release_name
    )

    select f.*
    from fact_benchmark as f
    inner join releases as r on r.release = f.release and r.release_name = f.release_name
    qualify dense_rank() over (
        partition by f.release, f.academic_year
        order by r.last_year desc, r.received_at desc nulls last, f.release_name desc
    ) = 1;
