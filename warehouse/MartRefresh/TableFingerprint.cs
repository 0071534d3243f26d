using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>A whole table's rows as one string, order-independent, to tell whether a script or an import changed them.</summary>
internal static class TableFingerprint
{
    public static string Of(DuckDBConnection connection, string table) =>
        connection.Scalar<string>(SqlScripts.Get("MartRefresh/fingerprint.sql"), ("table_name", table))!;
}
