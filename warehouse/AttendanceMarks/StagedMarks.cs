using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>
/// A long marks export whose weeks <see cref="BulkMarks"/> has appended to the fact: its rows, each URN cell's school
/// with the dates its rows cover, and the pupils whose weeks two segments split. Kept between Stage and Promote.
/// </summary>
internal sealed class StagedMarks(Guid importId, int rows, IReadOnlyList<StagedMarks.School> schools, IReadOnlyList<int> splitPupilKeys)
{
    /// <summary>The data rows read.</summary>
    public int Rows => rows;

    /// <summary>
    /// Names the schools the file added, combines the weeks two segments split, and replaces the stored weeks the
    /// file's dates cover, merging back the sessions a stored week keeps outside them.
    /// </summary>
    public void Load(DuckDBConnection connection)
    {
        var import = ("import_id", (object?)importId);
        using (var appender = connection.CreateAppender("bulk_mark_school"))
        {
            foreach (var school in schools)
            {
                var row = appender.CreateRow().AppendValue(school.Urn);
                (school.Name is null ? row.AppendNullValue() : row.AppendValue(school.Name))
                    .AppendValue(school.First).AppendValue(school.Last).AppendValue(school.Added).EndRow();
            }
        }
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_school_names.sql"));
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_range.sql"));
        using (var split = connection.CreateAppender("bulk_split_pupil"))
        {
            foreach (var pupilKey in splitPupilKeys)
                split.CreateRow().AppendValue(pupilKey).EndRow();
        }
        connection.Execute(SqlScripts.Get("AttendanceMarks/split_weeks.sql"), import);
        if (connection.Scalar<long>(SqlScripts.Get("AttendanceMarks/repeated_split_sessions.sql")) > 0)
            throw new RowByRowReadNeeded("two segments of the file mark the same session of a pupil");
        connection.Execute(SqlScripts.Get("AttendanceMarks/save_split_weeks.sql"), import);
        connection.Execute(SqlScripts.Get("AttendanceMarks/keep_weeks.sql"), import);
        connection.Execute(SqlScripts.Get("AttendanceMarks/merge_kept_weeks.sql"), import);
    }

    /// <summary>A URN cell's school, the greatest name the file gives it, its rows' first and last dates, and whether the file added it.</summary>
    public sealed record School(int Urn, string? Name, DateOnly First, DateOnly Last, bool Added);
}
