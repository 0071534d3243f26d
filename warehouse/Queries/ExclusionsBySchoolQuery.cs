using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Suspensions, permanent exclusions and behaviour incidents by school, per term and year to date, from <c>mart_exclusions_school</c>.</summary>
public sealed class ExclusionsBySchoolQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Year | FilterFields.Term;

    public IReadOnlyList<SchoolExclusions> Run(AccessScope scope, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/exclusions_by_school.sql"), scope, r => new SchoolExclusions(
                r.Get<int>("urn"),
                r.Get<string>("school_name"),
                r.Get<string>("academic_year_label"),
                r.Get<string>("counting_window"),
                r.Get<string>("period"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("pupils_on_roll"),
                r.Get<int?>("suspensions"),
                r.Get<double?>("suspension_rate"),
                r.Get<int?>("pupils_suspended"),
                r.Get<double?>("one_plus_suspension_rate"),
                r.Get<int?>("permanent_exclusions"),
                r.Get<double?>("permanent_exclusion_rate"),
                r.Get<int?>("behaviour_incidents"),
                r.Get<double?>("behaviour_incident_rate")),
            (filter ?? DashboardFilter.None).Parameters(Filters));
}
