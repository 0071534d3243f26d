using BelongingInsights.Etl.Behaviour;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Behaviour;

public sealed class BehaviourLoader : IExportKindLoader
{
    public ExportKind Kind => ExportKind.Behaviour;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var staged = 0;
        using var appender = connection.CreateAppender("stg_behaviour_incident");
        foreach (var row in BehaviourReader.Read(table, context, problems))
        {
            appender.CreateRow()
                .AppendValue(importId).AppendValue(row.Line).AppendValue(row.PupilKey).AppendValue(row.SchoolUrn)
                .AppendValue(row.IncidentDate).AppendValue(row.IncidentTime).AppendValue(row.IncidentType).AppendValue(row.Points)
                .AppendValue(row.Location).AppendValue(row.ActionTaken)
                .EndRow();
            if (++staged % 65_536 == 0)
                cancellationToken.ThrowIfCancellationRequested();
        }
        return staged;
    }

    public void Promote(DuckDBConnection connection, Guid importId) =>
        connection.Execute(SqlScripts.Get("Behaviour/load.sql"), ("import_id", importId));
}
