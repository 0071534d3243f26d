-- A school list is the authority on a school's attributes: it overwrites them for a URN already known (keeping
-- its school_key, so facts loaded earlier stay joined), except those the file has no column for.
update dim_school as s
set
    name = stg.name,
    phase = stg.phase,
    laestab = case when stg.laestab_given then stg.laestab else s.laestab end,
    trust = case when stg.trust_given then stg.trust else s.trust end,
    local_authority = case when stg.local_authority_given then stg.local_authority else s.local_authority end
from stg_school as stg
where stg.import_id = $import_id and s.urn = stg.urn;

insert into dim_school (school_key, urn, name, laestab, phase, trust, local_authority)
select nextval('seq_school_key'), stg.urn, stg.name, stg.laestab, stg.phase, stg.trust, stg.local_authority
from stg_school as stg
where stg.import_id = $import_id
    and not exists (select 1 from dim_school as s where s.urn = stg.urn);

delete from stg_school where import_id = $import_id;
