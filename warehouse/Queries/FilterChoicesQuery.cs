using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>The filter bar's choices: only the trusts, schools, phases, years, terms and waves the caller's scope covers.</summary>
public sealed class FilterChoicesQuery(WarehouseDatabase database)
{
    public IReadOnlyList<FilterChoice> Run(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/filter_choices.sql"), scope, r => new FilterChoice(
                r.Get<string>("field"),
                r.Get<string>("value"),
                r.Get<string>("label"),
                r.Get<string?>("trust"),
                r.Get<string?>("phase")));
}
