using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Leavers and silent exits from <c>mart_roll_exit</c> for all schools, each trust and each school (those the caller's scope covers), for all pupils or
/// by a grouping (one characteristic, the phase, or a pair of them), newest year first.
/// </summary>
public sealed class RollExitsQuery(WarehouseDatabase database)
{
    /// <summary>The groupings a page can ask for: all pupils, each characteristic, the phase, and the pairs programme leads compare most.</summary>
    public static readonly IReadOnlyList<string> Groupings =
    [
        "All pupils", "Gender", "SEND", "FSM", "Disadvantaged", "EAL", "Ethnicity", "Year group", "Phase",
        "Gender × SEND", "SEND × Disadvantaged", "Disadvantaged × Phase", "SEND × Phase",
    ];

    /// <summary>
    /// The single groupings published across schools only (<c>roll_exit_group_masks</c>, warehouse/Functions/pupil_groups.sql):
    /// a school's leavers are shown for all pupils alone, by how they left.
    /// </summary>
    public static readonly IReadOnlyList<string> AcrossSchoolsOnly = ["Gender", "SEND", "FSM", "Disadvantaged", "EAL", "Ethnicity", "Year group"];

    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Year | FilterFields.Group;

    public IReadOnlyList<RollExits> Run(AccessScope scope, string grouping, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/roll_exits.sql"), scope, r => new RollExits(
                r.Get<string>("academic_year_label"),
                r.Get<string>("area_level"),
                r.Get<string>("area"),
                r.Get<string>("group_value"),
                r.Get<int?>("on_roll"),
                r.Get<int?>("leavers"),
                r.Get<int?>("moved_school"),
                r.Get<int?>("permanent_exclusion"),
                r.Get<int?>("unexplained"),
                r.Get<double?>("unexplained_exit_rate"),
                r.Get<int?>("elective_home_education"),
                r.Get<int?>("alternative_provision"),
                r.Get<int?>("unknown_or_missing_education"),
                r.Get<int?>("other_destination"),
                new RollExitReasons(
                    SuppressionReasons.Parse(r.Get<string?>("on_roll_reason")),
                    SuppressionReasons.Parse(r.Get<string?>("leavers_reason")),
                    SuppressionReasons.Parse(r.Get<string?>("moved_school_reason")),
                    SuppressionReasons.Parse(r.Get<string?>("permanent_exclusion_reason")),
                    SuppressionReasons.Parse(r.Get<string?>("unexplained_reason")),
                    SuppressionReasons.Parse(r.Get<string?>("elective_home_education_reason")),
                    SuppressionReasons.Parse(r.Get<string?>("alternative_provision_reason")),
                    SuppressionReasons.Parse(r.Get<string?>("unknown_or_missing_education_reason")),
                    SuppressionReasons.Parse(r.Get<string?>("other_destination_reason"))),
                r.Get<bool>("by_exit_type"),
                r.Get<bool>("by_destination")),
            [.. (filter ?? DashboardFilter.None).Parameters(Filters), ("grouping", grouping)]);
}
