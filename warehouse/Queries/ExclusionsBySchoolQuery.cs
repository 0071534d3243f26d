using System.Data.Common;
using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Suspensions, permanent exclusions and behaviour incidents by school, per term and year to date, from <c>mart_exclusions_school</c>.</summary>
public sealed class ExclusionsBySchoolQuery(WarehouseDatabase database)
{
    public IReadOnlyList<SchoolExclusions> Run(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/exclusions_by_school.sql"), scope, r => new SchoolExclusions(
            r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetBoolean(5),
            Count(r, 6), Count(r, 7), r.NullableDouble(8), Count(r, 9), r.NullableDouble(10),
            Count(r, 11), r.NullableDouble(12), Count(r, 13), r.NullableDouble(14)));

    private static int? Count(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : (int)reader.GetInt64(ordinal);
}
