using BelongingInsights.Etl.Audit;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Audit;

/// <summary>Loads a school 360 audit into <c>dim_audit_item</c> and <c>fact_audit_rating</c>.</summary>
public sealed class AuditLoader : IExportKindLoader
{
    public ExportKind Kind => ExportKind.Audit;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var staged = 0;
        using var appender = connection.CreateAppender("stg_audit_rating");
        foreach (var row in AuditReader.Read(table, context, problems))
        {
            appender.CreateRow()
                .AppendValue(importId).AppendValue(row.Line).AppendValue(row.SchoolUrn).AppendValue(row.Round)
                .AppendValue(row.AreaOrder).AppendValue(row.Area).AppendValue(row.ItemCode).AppendValue(row.ItemText)
                .AppendValue(row.Rating).AppendValue(row.Score).AppendValue(row.Evidence).AppendValue(row.Action)
                .EndRow();
            if (++staged % 65_536 == 0)
                cancellationToken.ThrowIfCancellationRequested();
        }
        return staged;
    }

    public void Promote(DuckDBConnection connection, Guid importId) =>
        connection.Execute(SqlScripts.Get("Audit/load.sql"), ("import_id", importId));
}
