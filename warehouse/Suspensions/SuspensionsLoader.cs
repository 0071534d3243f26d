using BelongingInsights.Etl.Common;
using BelongingInsights.Etl.Suspensions;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Suspensions;

public sealed class SuspensionsLoader : IExportKindLoader
{
    public ExportKind Kind => ExportKind.Suspensions;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var staged = 0;
        using var appender = connection.CreateAppender("stg_exclusion");
        foreach (var row in SuspensionReader.Read(table, context, problems))
        {
            var appending = appender.CreateRow()
                .AppendValue(importId).AppendValue(row.Line).AppendValue(row.PupilKey).AppendValue(row.SchoolUrn)
                .AppendValue(row.StartDate).AppendValue(row.Category).AppendValue(row.Sessions);
            for (var i = 0; i < 3; i++)
            {
                var reason = i < row.Reasons.Count ? row.Reasons[i] : null;
                appending = appending.AppendValue(reason?.Raw).AppendValue(reason?.DfeCode);
            }
            appending.EndRow();
            if (++staged % 65_536 == 0)
                cancellationToken.ThrowIfCancellationRequested();
        }
        return staged;
    }

    public void Promote(DuckDBConnection connection, Guid importId) =>
        connection.Execute(SqlScripts.Get("Suspensions/load.sql"), ("import_id", importId));
}
