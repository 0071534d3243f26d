using BelongingInsights.Etl.Common;
using BelongingInsights.Etl.Schools;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Schools;

/// <summary>Loads a school list into <c>dim_school</c>: new schools are added, known ones take the list's attributes.</summary>
public sealed class SchoolsLoader : IExportKindLoader
{
    public ExportKind Kind => ExportKind.Schools;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var gives = SchoolReader.Gives(table);
        var staged = 0;
        using var appender = connection.CreateAppender("stg_school");
        foreach (var school in SchoolReader.Read(table, context, problems))
        {
            appender.CreateRow()
                .AppendValue(importId).AppendValue(school.Line).AppendValue(school.Urn).AppendValue(school.Laestab)
                .AppendValue(school.Name).AppendValue(school.Phase).AppendValue(school.Trust).AppendValue(school.LocalAuthority)
                .AppendValue(gives.Laestab).AppendValue(gives.Trust).AppendValue(gives.LocalAuthority)
                .EndRow();
            if (++staged % 65_536 == 0)
                cancellationToken.ThrowIfCancellationRequested();
        }
        return staged;
    }

    public void Promote(DuckDBConnection connection, Guid importId) =>
        connection.Execute(SqlScripts.Get("Schools/load.sql"), ("import_id", importId));
}
