namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// The warehouse's data dictionary, read from the database's own table and column comments, so it can never
/// drift from the schema.
/// </summary>
public sealed class DataDictionaryQuery(WarehouseDatabase database)
{
    public IReadOnlyList<DictionaryColumn> Run() =>
        database.Query(SqlScripts.Get("Queries/data_dictionary.sql"), r => new DictionaryColumn(
                r.Get<string>("table_name"),
                r.Get<string>("table_kind"),
                r.Get<string>("table_comment"),
                r.Get<string>("column_name"),
                r.Get<string>("data_type"),
                r.Get<string>("column_comment")));
}
