-- Which imports a caller ($caller_id and their scope, see ImportCaller.cs) may see, from the sender each import
-- recorded (ops_import's uploaded_by and uploader_* columns). Every query that lists imports or their problems for a
-- caller passes them to this in its where clause.

-- Every import for a caller who sees every school; else the caller's own, and those of senders whose scope lies within
-- the caller's: each of the sender's trusts is one of the caller's and each of the sender's schools is in the caller's
-- scope. The inbox's and the demonstration data's (sent by the operator, who sees every school) only to a caller who
-- sees every school.
create or replace macro import_visible(
    uploaded_by, uploader_all_schools, uploader_trusts, uploader_urns, caller_id, scope_all, scope_trusts, scope_urns
) as
    scope_all
    or coalesce(uploaded_by = caller_id, false)
    or (
        not coalesce(uploader_all_schools, true)
        and len(uploader_trusts) + len(uploader_urns) > 0
        and list_has_all(scope_trusts, uploader_trusts)
        and not exists (
            select 1
            from (select unnest(uploader_urns) as sender_urn)
            where not school_in_scope(sender_urn, scope_all, scope_trusts, scope_urns)
        )
    );

-- The names of the schools an import's rows are for (its covers_urns, Imports/record_extent.sql) that the caller may
-- see, in name order.
create or replace macro import_school_names(covers_urns, scope_all, scope_trusts, scope_urns) as
    coalesce((
        select list(s.name order by s.name)
        from dim_school as s
        where list_contains(covers_urns, s.urn)
            and school_in_scope(s.urn, scope_all, scope_trusts, scope_urns)
    ), []);
