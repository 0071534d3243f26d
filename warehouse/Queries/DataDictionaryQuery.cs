namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// The warehouse's data dictionary, read from the database's own table and column comments, so it can never
/// drift from the schema.
/// </summary>
public sealed class DataDictionaryQuery(WarehouseDatabase database)
{
    public IReadOnlyList<DictionaryColumn> Run() =>
        database.Query(SqlScripts.Get("Queries/data_dictionary.sql"), r => new DictionaryColumn(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)));
}
