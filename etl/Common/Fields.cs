namespace BelongingInsights.Etl.Common;

/// <summary>Reads the cells most export kinds share (URN, dates, counts, flags), logging a row problem when one is wrong.</summary>
public static class Fields
{
    /// <summary>
    /// The row's URN, or the school chosen at upload when the cell is empty; null, holding the row back, for a school outside
    /// the sender's scope. A school not on the school list is warned about once.
    /// </summary>
    public static int? Urn(ExportRow row, ColumnSpec column, ImportContext context, ProblemLog problems)
    {
        var urn = ReadUrn(row, column, context, problems);
        return urn is { } known && context.Schools?.Check(known, row.Line, column.Name, problems) == false ? null : urn;
    }

    private static int? ReadUrn(ExportRow row, ColumnSpec column, ImportContext context, ProblemLog problems)
    {
        var text = row.Get(column);
        if (text.Length == 0)
        {
            if (context.SchoolUrn is null)
                problems.Reject(row.Line, column.Name, null, "The school URN is empty.");
            return context.SchoolUrn;
        }
        if (IsUrn(text, out var urn))
            return urn;
        problems.Reject(row.Line, column.Name, text, "A URN is a 6-digit number.");
        return null;
    }

    /// <summary>Whether a non-empty cell is a URN: a 6-digit number.</summary>
    public static bool IsUrn(string text, out int urn) =>
        int.TryParse(text, out urn) && urn is >= 100000 and <= 999999;

    public static DateOnly? Date(ExportRow row, ColumnSpec column, ProblemLog problems)
    {
        var text = row.Get(column);
        if (UkDates.TryParse(text, out var date))
            return date;
        problems.Reject(row.Line, column.Name, text, text.Length == 0 ? "The date is empty." : "Not a date: use dd/mm/yyyy or yyyy-mm-dd.");
        return null;
    }

    public static int? Count(ExportRow row, ColumnSpec column, ProblemLog problems)
    {
        var text = row.Get(column);
        if (int.TryParse(text, out var count) && count >= 0)
            return count;
        problems.Reject(row.Line, column.Name, text, text.Length == 0 ? "The count is empty." : "Not a whole number of sessions.");
        return null;
    }

    /// <summary>A yes/no cell; empty is unknown (null), anything else unreadable is a row problem.</summary>
    public static bool? Flag(ExportRow row, ColumnSpec column, ProblemLog problems)
    {
        var text = row.Get(column);
        if (text.Length == 0)
            return null;
        if (Flags.Parse(text) is { } flag)
            return flag;
        problems.Reject(row.Line, column.Name, text, "Expected Y or N.");
        return null;
    }
}
