-- Grain: one row per school per audit round per area. Counts of the items rated fully, partially and not yet
-- met, and the share fully met. The audit describes schools, not pupils, so nothing is suppressed.
create or replace table mart_audit_area as
with by_area as (
    select
        f.school_key,
        f.round,
        i.area_order,
        i.area,
        count(*) as items_rated,
        count(*) filter (where f.score = 2) as fully_met,
        count(*) filter (where f.score = 1) as partially_met,
        count(*) filter (where f.score = 0) as not_yet_met
    from fact_audit_rating as f
    inner join dim_audit_item as i on i.audit_item_key = f.audit_item_key
    group by all
)

select
    s.urn,
    s.name as school_name,
    b.round,
    w.wave_order as round_order,
    b.area_order,
    b.area,
    b.items_rated,
    b.fully_met,
    b.partially_met,
    b.not_yet_met,
    round(100.0 * b.fully_met / b.items_rated, 1) as fully_met_pct
from by_area as b
inner join dim_school as s on s.school_key = b.school_key
inner join dim_wave as w on w.wave = b.round;

comment on table mart_audit_area is 'The school 360 audit by school, round and area: items rated, how many fully, partially and not yet met, and the percentage fully met.';
comment on column mart_audit_area.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_audit_area.school_name is 'The school''s name, or All schools.';
comment on column mart_audit_area.round is 'The audit round: baseline, midpoint, endline or a dated round.';
comment on column mart_audit_area.round_order is 'Orders audit rounds like survey waves.';
comment on column mart_audit_area.area_order is 'The audit area''s number, 1 to 4.';
comment on column mart_audit_area.area is 'The audit area''s name.';
comment on column mart_audit_area.items_rated is 'Audit items the school rated in the round.';
comment on column mart_audit_area.fully_met is 'Audit items rated fully met.';
comment on column mart_audit_area.partially_met is 'Audit items rated partially met.';
comment on column mart_audit_area.not_yet_met is 'Audit items rated not yet met.';
comment on column mart_audit_area.fully_met_pct is 'Items fully met per 100 items rated.';
