using BelongingInsights.Etl.Census;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Census;

public sealed class CensusLoader : IExportKindLoader
{
    public ExportKind Kind => ExportKind.Census;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var staged = 0;
        using var appender = connection.CreateAppender("stg_census");
        foreach (var row in CensusReader.Read(table, context, problems))
        {
            appender.CreateRow()
                .AppendValue(importId).AppendValue(row.Line).AppendValue(row.PupilKey).AppendValue(row.SchoolUrn)
                .AppendValue(row.EffectiveDate).AppendValue(row.Gender).AppendValue(row.NcYear)
                .AppendValue(row.SenProvision).AppendValue(row.SenLegacy).AppendValue(row.FsmEligible).AppendValue(row.Disadvantaged)
                .AppendValue(row.FirstLanguage).AppendValue(row.Eal).AppendValue(row.EthnicityCode).AppendValue(row.EthnicityMajorGroup)
                .AppendValue(row.AdmissionDate).AppendValue(row.LeavingDate).AppendValue(row.Destination)
                .EndRow();
            if (++staged % 65_536 == 0)
                cancellationToken.ThrowIfCancellationRequested();
        }
        return staged;
    }

    public void Promote(DuckDBConnection connection, Guid importId) =>
        connection.Execute(SqlScripts.Get("Census/load.sql"), ("import_id", importId));
}
