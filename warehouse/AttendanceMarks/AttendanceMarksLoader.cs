using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>
/// Stages session marks through the Appender as they stream from the reader, then finds sessions marked twice in
/// the file with one set-based query (so memory stays flat whatever the file's size) and holds the repeats back.
/// </summary>
public sealed class AttendanceMarksLoader : IExportKindLoader
{
    public ExportKind Kind => ExportKind.AttendanceMarks;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var staged = 0;
        using (var appender = connection.CreateAppender("stg_attendance_mark"))
        {
            foreach (var mark in AttendanceMarksReader.Read(table, context, problems))
            {
                appender.CreateRow()
                    .AppendValue(importId).AppendValue(mark.Line).AppendValue(mark.PupilKey)
                    .AppendValue(mark.SchoolUrn).AppendValue(mark.SchoolName)
                    .AppendValue(mark.SessionDate).AppendValue(mark.Session)
                    .AppendValue(mark.RawMark).AppendValue(mark.Code).AppendValue(mark.CodeSet)
                    .EndRow();
                if (++staged % 65_536 == 0)
                    cancellationToken.ThrowIfCancellationRequested();
            }
        }
        return staged - HoldBackRepeatedSessions(connection, importId, problems);
    }

    public void Promote(DuckDBConnection connection, Guid importId) =>
        connection.Execute(SqlScripts.Get("AttendanceMarks/load.sql"), ("import_id", importId));

    private static int HoldBackRepeatedSessions(DuckDBConnection connection, Guid importId, ProblemLog problems)
    {
        var repeats = 0;
        using (var command = connection.Command(SqlScripts.Get("AttendanceMarks/duplicates.sql"), ("import_id", importId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                repeats++;
                problems.Reject(reader.GetInt32(0), AttendanceMarksLayouts.PupilUpn.Name, null,
                    $"The same pupil and session already appear at row {reader.GetInt32(1)}.");
            }
        }
        if (repeats > 0)
            connection.Execute(SqlScripts.Get("AttendanceMarks/delete_duplicates.sql"), ("import_id", importId));
        return repeats;
    }
}
