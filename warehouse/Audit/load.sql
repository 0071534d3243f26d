insert into dim_wave
select new_rounds.round, 100 + row_number() over (order by new_rounds.round)
from (select distinct round from stg_audit_rating where import_id = $import_id) as new_rounds
where not exists (select 1 from dim_wave as w where w.wave = new_rounds.round);

insert into dim_school (school_key, urn, name)
select nextval('seq_school_key'), new_schools.school_urn, 'School ' || new_schools.school_urn
from (select distinct school_urn from stg_audit_rating where import_id = $import_id) as new_schools
where not exists (select 1 from dim_school as s where s.urn = new_schools.school_urn);

-- An item keeps its key across rounds; its wording follows the latest audit.
update dim_audit_item as d
set item_text = worded.item_text
from (
    select area_order, item_code, max(item_text) as item_text
    from stg_audit_rating
    where import_id = $import_id
    group by area_order, item_code
) as worded
where d.area_order = worded.area_order and d.item_code = worded.item_code;

insert into dim_audit_item
select nextval('seq_audit_item_key'), new_items.area_order, new_items.area, new_items.item_code, new_items.item_text
from (
    select area_order, area, item_code, max(item_text) as item_text
    from stg_audit_rating
    where import_id = $import_id
    group by area_order, area, item_code
) as new_items
where not exists (
    select 1 from dim_audit_item as d where d.area_order = new_items.area_order and d.item_code = new_items.item_code
);

-- A corrected audit for the same school and round replaces the earlier one, items it no longer lists included.
delete from fact_audit_rating as f
where exists (
    select 1
    from stg_audit_rating as stg
    inner join dim_school as s on s.urn = stg.school_urn
    where stg.import_id = $import_id
        and s.school_key = f.school_key
        and stg.round = f.round
);

insert into fact_audit_rating
select
    s.school_key,
    i.audit_item_key,
    stg.round,
    stg.rating,
    stg.score,
    stg.evidence,
    stg.chosen_action,
    stg.import_id
from stg_audit_rating as stg
inner join dim_school as s on s.urn = stg.school_urn
inner join dim_audit_item as i on i.area_order = stg.area_order and i.item_code = stg.item_code
where stg.import_id = $import_id;

delete from stg_audit_rating where import_id = $import_id;
