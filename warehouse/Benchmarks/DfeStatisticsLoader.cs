using BelongingInsights.Etl.Benchmarks;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Benchmarks;

/// <summary>Loads a DfE statistics release (attendance or exclusions) into <c>fact_benchmark</c>, under the file's name as its release.</summary>
public sealed class DfeStatisticsLoader(ExportKind kind) : IExportKindLoader
{
    public ExportKind Kind => kind;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var rows = 0;
        var releaseName = Path.GetFileNameWithoutExtension(context.FileName);
        using var appender = connection.CreateAppender("stg_benchmark");
        foreach (var row in DfeStatisticsReader.Read(DfeReleases.For(kind), table, problems))
        {
            foreach (var measure in row.Measures)
            {
                appender.CreateRow()
                    .AppendValue(importId).AppendValue(row.Line).AppendValue(row.Release).AppendValue(releaseName).AppendValue(row.AcademicYear)
                    .AppendValue(row.TimeIdentifier).AppendValue(row.Level).AppendValue(row.AreaCode).AppendValue(row.AreaName)
                    .AppendValue(row.RegionName).AppendValue(row.Phase).AppendValue(row.Characteristic.Group).AppendValue(row.Characteristic.Value)
                    .AppendValue(row.Characteristic.PupilGroup).AppendValue(row.Characteristic.PupilGroupValue).AppendValue(row.CountsRounded)
                    .AppendValue(measure.Name).AppendValue(measure.Value).AppendValue(measure.Status).AppendValue(measure.Recomputed)
                    .EndRow();
            }
            if (++rows % 4_096 == 0)
                cancellationToken.ThrowIfCancellationRequested();
        }
        return rows;
    }

    public void Promote(DuckDBConnection connection, Guid importId) =>
        connection.Execute(SqlScripts.Get("Benchmarks/load.sql"), ("import_id", importId));
}
