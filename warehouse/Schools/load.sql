-- What each listed school was before any school list still loaded changed it, so undoing the list can put it back:
-- carried over from the list this one takes the school from (whose row then goes, recording the replacement), else
-- read from dim_school as it stands.
insert into ops_school_listing
    (import_id, urn, existed_before, name_before, laestab_before, phase_before, trust_before, local_authority_before)
select
    $import_id,
    listed.urn,
    coalesce(l.existed_before, s.urn is not null),
    case when l.urn is not null then l.name_before else s.name end,
    case when l.urn is not null then l.laestab_before else s.laestab end,
    case when l.urn is not null then l.phase_before else s.phase end,
    case when l.urn is not null then l.trust_before else s.trust end,
    case when l.urn is not null then l.local_authority_before else s.local_authority end
from (select distinct urn from stg_school where import_id = $import_id) as listed
left join ops_school_listing as l on l.urn = listed.urn
left join dim_school as s on s.urn = listed.urn;

delete from ops_school_listing
where import_id <> $import_id
    and urn in (select urn from stg_school where import_id = $import_id);

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
