using System.Data.Common;
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

    public IReadOnlyList<RollExits> Run(AccessScope scope, string grouping) =>
        database.Query(SqlScripts.Get("Queries/roll_exits.sql"), scope, r => new RollExits(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                Count(r, 4), Count(r, 5), Count(r, 6), Count(r, 7), Count(r, 8), r.NullableDouble(9),
                Count(r, 10), Count(r, 11), Count(r, 12), Count(r, 13)),
            ("grouping", grouping));

    private static int? Count(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : (int)reader.GetInt64(ordinal);
}
