using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;
using static BelongingInsights.Etl.AttendanceMarks.AttendanceMarksLayouts;

namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>
/// Loads a long marks export without reading its rows one by one in C#: DuckDB's CSV reader reads the file in
/// parallel, once to list each column's distinct values, which <see cref="CleanMarkValues"/> checks, once to roll up
/// its weeks and once to load every row through the maps of those values. Only a clean file is taken — UTF-8 with
/// the header on its first line, every value accepted without a warning — so every problem is still reported with
/// its row and column by the row-by-row read. A session marked twice shows only in the weekly roll-up, before any
/// row is loaded; then the load is abandoned with <see cref="RowByRowReadNeeded"/> and the whole import is read
/// again row by row.
/// </summary>
internal static class BulkMarks
{
    /// <summary>Checks the file's distinct values and fills the maps; null, with nothing staged, when the file is not clean.</summary>
    public static BulkMarksFile? TryStage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context,
        IReadOnlyDictionary<(string Code, string CodeSet), int> codeKeys)
    {
        if (table.Layout != Long || !table.HeaderFirstUtf8)
            return null;
        var columns = Columns(table);
        var clean = new CleanMarkValues(context);
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_maps.sql"));
        int? rows;
        try
        {
            rows = MapValues(connection, table, columns, clean, codeKeys);
        }
        catch (DuckDBException)
        {
            rows = null;
        }
        if (rows is null)
        {
            connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_drop_maps.sql"));
            return null;
        }
        using (var appender = connection.CreateAppender("stg_attendance_mark_pupil"))
        {
            foreach (var (hash, pupil) in clean.PupilNumbers)
                appender.CreateRow().AppendValue(importId).AppendValue(pupil).AppendValue(hash).EndRow();
        }
        return new BulkMarksFile(rows.Value, columns);
    }

    /// <summary>
    /// Rolls up the file's weeks into <c>load_mark_week</c> and then loads its marks, each a parallel read of the file;
    /// throws, before loading anything, when a session is marked twice.
    /// </summary>
    public static void Load(DuckDBConnection connection, Guid importId, BulkMarksFile file)
    {
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_schools.sql"));
        connection.Execute(SqlScripts.Get("AttendanceMarks/new_dims.sql"), ("import_id", importId));
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_rows.sql"), [.. file.Columns, ("import_id", importId)]);
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_range.sql"));
        connection.Execute(SqlScripts.Get("AttendanceMarks/rollup_weeks.sql"));
        if (connection.Scalar<bool>(SqlScripts.Get("AttendanceMarks/repeated_week.sql")))
            throw new RowByRowReadNeeded("a session is marked twice; the row-by-row read names the rows.");
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_load.sql"), ("import_id", importId));
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_drop_maps.sql"));
        connection.Execute(SqlScripts.Get("AttendanceMarks/replace_earlier_marks.sql"), ("import_id", importId));
    }

    private static (string Name, object? Value)[] Columns(ExportTable table) =>
    [
        ("path", table.Path),
        ("upn_column", Position(table, PupilUpn)),
        ("urn_column", Position(table, SchoolUrn)),
        ("date_column", Position(table, SessionDate)),
        ("session_column", Position(table, Session)),
        ("mark_column", Position(table, Mark)),
    ];

    private static int? Position(ExportTable table, ColumnSpec column) => table.Columns.IndexOf(column) + 1;

    /// <summary>
    /// Checks each distinct value and fills the maps; the file's row count, or null at the first value that is not
    /// clean. The values are read on a connection of their own, outside the import's transaction: a file DuckDB
    /// cannot parse fails the query, and would fail any transaction it ran in.
    /// </summary>
    private static int? MapValues(DuckDBConnection connection, ExportTable table, (string Name, object? Value)[] columns,
        CleanMarkValues clean, IReadOnlyDictionary<(string Code, string CodeSet), int> codeKeys)
    {
        using var pupils = connection.CreateAppender("bulk_mark_pupil");
        using var schools = connection.CreateAppender("bulk_mark_school");
        using var sessions = connection.CreateAppender("bulk_mark_session");
        using var codes = connection.CreateAppender("bulk_mark_code");
        using var schoolDates = connection.CreateAppender("bulk_mark_school_date");
        using var reading = new DuckDBConnection(connection.ConnectionString);
        reading.Open();
        using var command = reading.Command(SqlScripts.Get("AttendanceMarks/bulk_values.sql"),
            [.. columns, ("name_column", Position(table, SchoolName))]);
        using var values = command.ExecuteReader();
        long rows = 0;
        while (values.Read())
        {
            if (values.GetInt64(7) != table.Headers.Count || values.GetInt64(8) != table.Headers.Count || values.GetBoolean(9))
                return null;
            if (values.NullableString(0) is { } upn)
            {
                if (clean.Pupil(upn) is not { } pupil)
                    return null;
                pupils.CreateRow().AppendValue(upn).AppendValue(pupil).EndRow();
            }
            else if (values.NullableString(1) is { } schoolUrn && values.NullableString(2) is { } schoolDate)
                schoolDates.CreateRow().AppendValue(schoolUrn).AppendValue(schoolDate).EndRow();
            else if (values.NullableString(1) is { } urn)
            {
                if (clean.School(urn) is not { } school)
                    return null;
                var row = schools.CreateRow().AppendValue(urn).AppendValue(school);
                (values.NullableString(5) is { } name ? row.AppendValue(name) : row.AppendNullValue()).EndRow();
            }
            else if (values.NullableString(2) is { } date)
            {
                var mark = values.GetString(3);
                if (clean.Mark(date, mark) is not { } code)
                    return null;
                codes.CreateRow().AppendValue(date).AppendValue(mark).AppendValue(code.Date)
                    .AppendValue(codeKeys[(code.Code, code.CodeSet)]).EndRow();
            }
            else
            {
                var session = values.GetString(4);
                if (CleanMarkValues.Session(session) is not { } name)
                    return null;
                sessions.CreateRow().AppendValue(session).AppendValue(name).EndRow();
                rows += values.GetInt64(6);
            }
        }
        return rows is > 0 and <= int.MaxValue ? (int)rows : null;
    }
}
