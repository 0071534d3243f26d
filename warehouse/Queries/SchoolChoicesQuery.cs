using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>The schools of <c>dim_school</c> the caller may see, with their trusts, by name: what a page offers to choose from.</summary>
public sealed class SchoolChoicesQuery(WarehouseDatabase database)
{
    public IReadOnlyList<SchoolChoice> Run(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/school_choices.sql"), scope, r => new SchoolChoice(
                r.Get<int>("urn"),
                r.Get<string>("name"),
                r.Get<string?>("trust")));
}
