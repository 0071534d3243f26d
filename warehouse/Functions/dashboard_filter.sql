-- The dashboard's filter bar ($filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave;
-- null = all; see Queries/DashboardFilter.cs). Every page query passes its rows to row_in_filter beside the scope
-- predicate.

-- Where a row is: a school's (urn set; its trust and phase are dim_school's as they stand now, like the scope) or an
-- aggregate (urn null) over a trust or a phase (its trust or phase column set). An aggregate over every school
-- belongs to no one trust, school or phase, so it leaves when one is chosen. When a row is: a row not cut by a year,
-- term or wave (its column null, e.g. a year-to-date row under a term filter) stays, since it covers that choice.
create or replace macro row_in_filter(row_urn, row_trust, row_phase, row_year, row_term, row_wave,
        filter_trust, filter_school, filter_phase, filter_year, filter_term, filter_wave) as
    (filter_school is null or row_urn = filter_school)
    and (filter_trust is null
        or (row_urn is null and row_trust = filter_trust)
        or row_urn in (select s.urn from dim_school as s where s.trust = filter_trust))
    and (filter_phase is null
        or (row_urn is null and row_phase = filter_phase)
        or row_urn in (select s.urn from dim_school as s where school_phase(s.phase) = filter_phase))
    and (filter_year is null or row_year is null or row_year = filter_year)
    and (filter_term is null or row_term is null or row_term = filter_term)
    and (filter_wave is null or row_wave is null or row_wave = filter_wave);

-- Which rows of a group mart a page shows: group_rows_for's (aggregates to those who may see them, else the school's
-- own rows), except that once a trust, school or phase is chosen, the chosen schools' own rows: an aggregate over
-- every school is none of theirs, and most groupings have no aggregate over one trust or phase.
create or replace macro group_rows_filtered(urn, scope_all, scope_trusts, filter_trust, filter_school, filter_phase) as
    case
        when coalesce(filter_trust, filter_phase, cast(filter_school as varchar)) is not null then urn is not null
        else group_rows_for(urn, scope_all, scope_trusts)
    end;

-- Whether a mart's aggregate row (urn null) is exactly the schools a caller sees under the filters: the all-schools
-- row (trust and phase null) for a caller who sees every school and chose no trust or phase; a trust's row for a
-- caller who sees that one trust alone, or who chose a trust they may see; a phase's row (its schools across trusts,
-- trust null) for a caller who sees every school and chose that phase and no trust. Never once a school is chosen,
-- nor a trust and a phase together (the marts publish no trust's schools of a phase). A figure over such a row counts
-- every pupil of the view, where summing the schools' own rows would leave out those suppressed.
create or replace macro row_is_view(row_urn, row_trust, row_phase, scope_all, scope_trusts, scope_urns,
        filter_trust, filter_school, filter_phase) as
    row_urn is null and filter_school is null
    and case
        when filter_phase is not null then filter_trust is null and scope_all and row_trust is null and row_phase = filter_phase
        when row_phase is not null then false
        when filter_trust is not null then row_trust = filter_trust and (scope_all or list_contains(scope_trusts, filter_trust))
        when scope_all then row_trust is null
        else len(scope_urns) = 0 and len(scope_trusts) = 1 and row_trust = scope_trusts[1]
    end;
