-- Which school list last set each school's attributes, and what the school was before any school list still loaded
-- changed it, so undoing a list can put its schools back (Schools/undo.sql). One row per school at most: a later
-- list of the same school takes the row over, which records it as having replaced the earlier list's row. Lists
-- loaded before this migration have no rows here, so undoing one changes no school.
create table ops_school_listing (
    import_id uuid not null,
    urn integer not null,
    existed_before boolean not null,
    name_before varchar,
    laestab_before integer,
    phase_before varchar,
    trust_before varchar,
    local_authority_before varchar
);

comment on table ops_school_listing is 'The school list that last set each school''s attributes, with what the school was before any list still loaded changed it.';
comment on column ops_school_listing.existed_before is 'Whether another export had met the school before any list still loaded named it; if not, the list added it.';
