using BelongingInsights.Etl.Attendance;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Attendance;

public sealed class AttendanceSummaryLoader : IExportKindLoader
{
    public ExportKind Kind => ExportKind.AttendanceSummary;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var staged = 0;
        using var appender = connection.CreateAppender("stg_attendance_summary");
        foreach (var row in AttendanceSummaryReader.Read(table, context, problems))
        {
            appender.CreateRow()
                .AppendValue(importId).AppendValue(row.Line).AppendValue(row.PupilKey)
                .AppendValue(row.SchoolUrn).AppendValue(row.SchoolName)
                .AppendValue(row.PeriodStart).AppendValue(row.PeriodEnd)
                .AppendValue(row.PossibleSessions).AppendValue(row.PresentSessions).AppendValue(row.ApprovedActivitySessions)
                .AppendValue(row.AuthorisedAbsence).AppendValue(row.UnauthorisedAbsence)
                .EndRow();
            if (++staged % 65_536 == 0)
                cancellationToken.ThrowIfCancellationRequested();
        }
        return staged;
    }

    public void Promote(DuckDBConnection connection, Guid importId) =>
        connection.Execute(SqlScripts.Get("Attendance/load.sql"), ("import_id", importId));
}
