using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Warehouse;

/// <summary>
/// Applies the numbered <c>Migrations/NNNN_name.sql</c> scripts that have not run yet, each in its own
/// transaction with its row in <c>ops_schema_migration</c>, so a second start changes nothing; then re-creates
/// what holds no data between imports: the SQL macros of <c>Functions/*.sql</c> and each export kind's staging
/// tables (<c>&lt;Kind&gt;/staging.sql</c>, beside the load that reads them).
/// </summary>
public sealed class WarehouseMigrator(WarehouseDatabase database, ILogger<WarehouseMigrator> logger)
{
    public IReadOnlyList<string> Migrate()
    {
        using var connection = database.Open();
        connection.Execute(SqlScripts.Get("MigrationLedger/create.sql"));
        var applied = new List<string>();
        foreach (var script in SqlScripts.Under("Migrations").Where(IsNumbered))
        {
            var version = Path.GetFileNameWithoutExtension(script);
            if (connection.Scalar<long>(SqlScripts.Get("MigrationLedger/is_applied.sql"), ("version", version)) > 0)
                continue;
            Apply(connection, script, version);
            applied.Add(version);
            Log.MigrationApplied(logger, version);
        }
        foreach (var functions in SqlScripts.Under("Functions"))
            connection.Execute(SqlScripts.Get(functions));
        foreach (var staging in ExportKindSlices.StagingScripts)
            connection.Execute(SqlScripts.Get(staging));
        database.Checkpoint();
        return applied;
    }

    private static void Apply(DuckDBConnection connection, string script, string version)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute(SqlScripts.Get(script));
        connection.Execute(
            SqlScripts.Get("MigrationLedger/record.sql"),
            ("version", version), ("applied_at", DateTime.UtcNow));
        transaction.Commit();
    }

    private static bool IsNumbered(string script) => char.IsAsciiDigit(Path.GetFileName(script)[0]);
}
