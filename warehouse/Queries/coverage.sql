-- Grain: one row per school the caller may see (school_in_scope, in this where clause) per kind of export per period:
-- the school list once; the census, attendance (a summary or session marks), behaviour and suspensions per term that
-- any school has data for; the survey per wave and the 360 audit per round that any school has. A cell is received
-- (rows loaded, when and by whom: the latest import that loaded them), partly received (an import that loaded them
-- held rows back) or missing; the gaps come first, by trust and school. Terms are dim_date's.
with schools as (
    select school_key, urn, name, trust, phase is not null as listed
    from dim_school
    where school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
),

dated as (
    select school_key, period_start as on_date, import_id, 'attendance' as kind from fact_attendance
    union all
    select school_key, week_start, import_id, 'attendance' from fact_attendance_week
    union all
    select school_key, valid_from, import_id, 'census' from dim_pupil_characteristics
    union all
    select school_key, incident_date, import_id, 'behaviour' from fact_behaviour_incident
    union all
    select school_key, start_date, import_id, 'suspensions' from fact_exclusion
),

loaded as (
    select
        f.school_key,
        f.kind,
        d.academic_year,
        d.term_order as period_order,
        d.academic_year_label || ' ' || d.term as period,
        f.import_id,
        count(*) as row_count
    from dated as f
    inner join dim_date as d on d.date_key = f.on_date
    group by all
    union all
    select school_key, 'survey', null, w.wave_order, a.wave, import_id, count(*)
    from fact_survey_answer as a
    inner join dim_wave as w on w.wave = a.wave
    group by all
    union all
    select school_key, 'audit', null, null, round, import_id, count(*)
    from fact_audit_rating
    group by all
),

periods as (
    select distinct kind, academic_year, period_order, period
    from loaded
    where kind in ('survey', 'audit')
    union all
    select k.kind, t.academic_year, t.period_order, t.period
    from (select distinct academic_year, period_order, period from loaded where kind not in ('survey', 'audit')) as t
    cross join (values ('census'), ('attendance'), ('behaviour'), ('suspensions')) as k(kind)
    union all
    select 'schools', null, null, null
),

cells as (
    select s.school_key, s.urn, s.name, s.trust, s.listed, p.kind, p.academic_year, p.period_order, p.period
    from schools as s
    cross join periods as p
),

received as (
    select
        l.school_key,
        l.kind,
        l.period,
        sum(l.row_count) as row_count,
        max(i.finished_at) as received_at,
        arg_max(i.uploaded_by, i.finished_at) as uploaded_by,
        bool_or(i.rows_quarantined > 0) as rows_held_back
    from loaded as l
    inner join ops_import as i on i.import_id = l.import_id
    where l.school_key in (select school_key from schools)
    group by all
)

select
    c.urn,
    c.name as school,
    c.trust,
    c.kind,
    c.period,
    case
        when c.kind = 'schools' then case when c.listed then 'received' else 'missing' end
        when r.row_count is null then 'missing'
        when r.rows_held_back then 'partly received'
        else 'received'
    end as status,
    r.received_at,
    coalesce(r.row_count, 0)::bigint as row_count,
    r.uploaded_by
from cells as c
left join received as r on r.school_key = c.school_key and r.kind = c.kind and r.period is not distinct from c.period
order by
    case status when 'missing' then 0 when 'partly received' then 1 else 2 end,
    c.trust nulls last,
    c.name,
    c.urn,
    c.academic_year nulls first,
    c.period_order nulls first,
    c.period,
    c.kind;
