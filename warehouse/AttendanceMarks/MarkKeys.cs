using BelongingInsights.Etl.Common;
using DuckDB.NET.Data;
using static BelongingInsights.Etl.AttendanceMarks.AttendanceMarksLayouts;

namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>
/// Gives each raw mark of an import (with the DfE code it stands for), staged in <c>load_mark</c>, its key in
/// <c>dim_attendance_mark</c>: the number a week's session holds, eight bits, so the warehouse tells apart at most
/// 255 marks over every import.
/// </summary>
internal static class MarkKeys
{
    public const int MaxMarks = byte.MaxValue;

    /// <summary>Adds the import's new marks to the dimension; false, refusing the file, when they would not fit.</summary>
    public static bool Register(DuckDBConnection connection, ProblemLog problems)
    {
        connection.Execute(SqlScripts.Get("AttendanceMarks/new_marks.sql"));
        var marks = connection.Scalar<long>(SqlScripts.Get("AttendanceMarks/marks_with_new.sql"));
        if (marks > MaxMarks)
        {
            problems.RefuseFile(0, Mark.Name,
                $"With this file's raw marks the warehouse would hold {marks} distinct marks; it can tell apart at most {MaxMarks}. Map the MIS's own sub-codes to fewer marks before exporting.");
            return false;
        }
        connection.Execute(SqlScripts.Get("AttendanceMarks/save_new_marks.sql"));
        return true;
    }

    /// <summary>The key of each mark by its number in <c>load_mark</c> (zero for number zero: no mark).</summary>
    public static byte[] OfMarkNumbers(DuckDBConnection connection)
    {
        var keys = new byte[MaxMarks + 1];
        using var command = connection.Command(SqlScripts.Get("AttendanceMarks/mark_keys.sql"));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            keys[reader.GetInt32(0)] = reader.GetByte(1);
        return keys;
    }
}
