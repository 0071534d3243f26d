using System.Collections.Concurrent;
using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>
/// Takes a clean long export in bulk (<see cref="BulkMarks"/>; what is left to load, <see cref="StagedMarks"/>, is
/// remembered between Stage and Promote of the same import). Any other file is staged through the Appender as its
/// marks stream from the row-by-row reader, each mark as small values: the pupil's number within the file (the
/// distinct pupils and their keyed hashes are staged once each) and the code's dimension key. Sessions marked twice
/// are found with one set-based query and held back, so memory stays flat however many marks the file holds.
/// </summary>
public sealed class AttendanceMarksLoader(ILogger<AttendanceMarksLoader> logger) : IExportKindLoader
{
    private readonly ConcurrentDictionary<Guid, StagedMarks> _bulk = new();

    public ExportKind Kind => ExportKind.AttendanceMarks;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var codeKeys = CodeKeys(connection);
        if (BulkMarks.TryStage(connection, importId, table, context, problems, codeKeys, cancellationToken) is { } bulk)
        {
            ReleaseScanMemory();
            if (problems.Fatal is null)
            {
                _bulk[importId] = bulk;
                Log.MarksStagedInBulk(logger, importId, bulk.Rows);
            }
            return bulk.Rows;
        }
        var pupils = new Dictionary<string, int>(StringComparer.Ordinal);
        var staged = 0;
        using (var appender = connection.CreateAppender("stg_attendance_mark"))
        {
            foreach (var mark in AttendanceMarksReader.Read(table, context, problems))
            {
                if (!pupils.TryGetValue(mark.PupilKey, out var pupil))
                {
                    pupil = pupils.Count;
                    pupils.Add(mark.PupilKey, pupil);
                }
                var row = appender.CreateRow()
                    .AppendValue(importId).AppendValue(mark.Line).AppendValue(pupil).AppendValue(mark.SchoolUrn);
                (mark.SchoolName is null ? row.AppendNullValue() : row.AppendValue(mark.SchoolName))
                    .AppendValue(mark.SessionDate).AppendValue(mark.Session).AppendValue(mark.RawMark)
                    .AppendValue(codeKeys[(mark.Code, mark.CodeSet)])
                    .EndRow();
                if (++staged % 65_536 == 0)
                    cancellationToken.ThrowIfCancellationRequested();
            }
        }
        using (var appender = connection.CreateAppender("stg_attendance_mark_pupil"))
        {
            foreach (var (hash, pupil) in pupils)
                appender.CreateRow().AppendValue(importId).AppendValue(pupil).AppendValue(hash).EndRow();
        }
        staged -= HoldBackRepeatedSessions(connection, importId, problems);
        connection.Execute(SqlScripts.Get("AttendanceMarks/row_marks.sql"), ("import_id", importId));
        return MarkKeys.Register(connection, problems) ? staged : 0;
    }

    public void Promote(DuckDBConnection connection, Guid importId)
    {
        if (_bulk.TryRemove(importId, out var bulk))
        {
            bulk.Load(connection);
            return;
        }
        connection.Execute(SqlScripts.Get("AttendanceMarks/load_schools.sql"), ("import_id", importId));
        connection.Execute(SqlScripts.Get("AttendanceMarks/new_schools.sql"));
        connection.Execute(SqlScripts.Get("AttendanceMarks/new_pupils.sql"), ("import_id", importId), ("from", 0));
        connection.Execute(SqlScripts.Get("AttendanceMarks/row_weeks.sql"), ("import_id", importId));
        connection.Execute(SqlScripts.Get("AttendanceMarks/keep_weeks.sql"), ("import_id", importId));
        connection.Execute(SqlScripts.Get("AttendanceMarks/save_row_weeks.sql"), ("import_id", importId));
        connection.Execute(SqlScripts.Get("AttendanceMarks/merge_kept_weeks.sql"), ("import_id", importId));
    }

    /// <summary>
    /// Gives back to the system the memory the bulk scan held (its distinct values and pupil numbers, which grow with
    /// the pupils in the file, and the heap committed around them), which would otherwise stay with the process,
    /// no allocation prompting a collection, while DuckDB promotes the weeks and refreshes the marts.
    /// </summary>
    private static void ReleaseScanMemory() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private static Dictionary<(string Code, string CodeSet), int> CodeKeys(DuckDBConnection connection)
    {
        var keys = new Dictionary<(string, string), int>();
        using var command = connection.Command(SqlScripts.Get("AttendanceMarks/code_keys.sql"));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            keys[(reader.GetString(0), reader.GetString(1))] = reader.GetInt32(2);
        return keys;
    }

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
