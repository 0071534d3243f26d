-- Who may see a row, from the caller's scope ($scope_all, $scope_trusts, $scope_urns; see AccessScope.cs). Every
-- query a caller's request runs passes its scope to one of these in its where clause.

-- A school's row: every school for a caller who sees them all, else a school of one of the caller's trusts (by
-- dim_school's trust as it stands now) or one of the caller's URNs.
create or replace macro school_in_scope(school_urn, scope_all, scope_trusts, scope_urns) as
    scope_all
    or list_contains(scope_urns, school_urn)
    or school_urn in (select s.urn from dim_school as s where list_contains(scope_trusts, s.trust));

-- A mart row that is a school's (urn set) or an aggregate (urn null). An aggregate over every school is seen only
-- by a caller who sees every school; one over a single trust's schools (its trust column set) also by that trust.
create or replace macro row_in_scope(row_urn, row_trust, scope_all, scope_trusts, scope_urns) as
    case
        when row_urn is not null then school_in_scope(row_urn, scope_all, scope_trusts, scope_urns)
        else scope_all or (row_trust is not null and list_contains(scope_trusts, row_trust))
    end;
