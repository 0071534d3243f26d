using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>The overview's headline measures at their first and latest periods, for the caller's scope and the filters.</summary>
public sealed class OverviewTilesQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters the tiles apply in their SQL; the others they ignore.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Year | FilterFields.Wave;

    /// <summary>The measures the questionnaire gives, as the tiles name them (the others come from the schools' MIS exports).</summary>
    public static readonly IReadOnlyList<string> QuestionnaireMeasures = ["\"I feel like I belong\": % positive", "Belonging scale score (1 to 4)"];

    /// <summary>
    /// The tiles for the caller and the filters; with <paramref name="instrument"/>, the questionnaire's measures are
    /// that questionnaire's alone (otherwise "I feel like I belong" of every questionnaire asking it, and the
    /// pisa-belonging scale score).
    /// </summary>
    public IReadOnlyList<OverviewTile> Run(AccessScope scope, DashboardFilter? filter = null, string? instrument = null) =>
        database.Query(SqlScripts.Get("Queries/overview_tiles.sql"), scope, r => new OverviewTile(
                r.Get<string>("measure"),
                r.Get<string>("period"),
                r.Get<bool>("latest"),
                r.Get<double?>("value"),
                r.Get<int?>("n"),
                r.Get<int>("suppressed_schools"),
                SuppressionReasons.Parse(r.Get<string?>("suppression_reason")),
                r.Get<bool>("whole_view"),
                r.Get<double?>("low"),
                r.Get<double?>("high"),
                r.Get<double?>("change"),
                r.Get<double?>("change_low"),
                r.Get<double?>("change_high")),
            [.. (filter ?? DashboardFilter.None).Parameters(Filters), ("instrument", instrument)]);
}
