create sequence seq_audit_item_key start 1;

create table dim_audit_item (
    audit_item_key integer not null,
    area_order integer not null,
    area varchar not null,
    item_code varchar not null,
    item_text varchar not null
);

comment on table dim_audit_item is 'Items of the school 360 audit (Belonging Matters), each in one of its four areas; an item is known by its wording, ignoring case, spacing and punctuation.';
comment on column dim_audit_item.area_order is '1 creating an inclusive culture, 2 whole-school data, policies and training, 3 fostering positive relationships, 4 school activities.';
comment on column dim_audit_item.item_code is 'The item''s wording in lower case without spaces or punctuation, so rounds that word it slightly differently match.';
comment on column dim_audit_item.item_text is 'The item''s wording as the latest audit gave it.';

create table stg_audit_rating (
    import_id uuid not null,
    line integer not null,
    school_urn integer not null,
    round varchar not null,
    area_order integer not null,
    area varchar not null,
    item_code varchar not null,
    item_text varchar not null,
    rating varchar not null,
    score integer not null,
    evidence varchar,
    chosen_action varchar
);

comment on table stg_audit_rating is 'Rows of a 360 audit while its import is in flight; emptied when the import commits.';

-- Grain: one row per school per audit round per audit item.
create table fact_audit_rating (
    school_key integer not null,
    audit_item_key integer not null,
    round varchar not null,
    rating varchar not null,
    score integer not null,
    evidence varchar,
    chosen_action varchar,
    import_id uuid not null
);

comment on table fact_audit_rating is 'The school 360 audit: how senior leaders rated each item in each round, with their brief evidence and chosen action. A corrected audit for the same school and round replaces the earlier one.';
comment on column fact_audit_rating.round is 'A wave of dim_wave: baseline, midpoint, endline or round yyyy-mm-dd.';
comment on column fact_audit_rating.rating is 'fully met, partially met or not yet met.';
comment on column fact_audit_rating.score is 'The rating as an ordinal: fully met 2, partially met 1, not yet met 0.';
comment on column fact_audit_rating.evidence is 'The school''s brief evidence for the rating (about the school, never a pupil), at most 1,000 characters.';
