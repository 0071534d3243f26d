-- The settings of a sandbox that may write inside one folder ($folder) and nowhere else, in order: DuckDB accepts
-- allowed directories only while external access is on, then access goes off and the configuration is locked.
with settings as (
    select [
        format('set allowed_directories = [{}]', '''' || replace($folder || '/', '''', '''''') || ''''),
        'set enable_external_access = false',
        'set lock_configuration = true'
    ] as statements
)
select statements[step]
from settings, range(1, len(statements) + 1) as r(step)
order by step;
