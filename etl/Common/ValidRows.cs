namespace BelongingInsights.Etl.Common;

/// <summary>The loop every pupil-level reader shares: validate each row, and hold back a row whose key already appeared.</summary>
public static class ValidRows
{
    /// <summary>Refuses a file with no URN column when no school was chosen at upload; true when the rows can be read.</summary>
    public static bool HaveSchool(ExportTable table, ColumnSpec urn, ImportContext context, ProblemLog problems)
    {
        if (table.Columns.Has(urn) || context.SchoolUrn is not null)
            return true;
        problems.RefuseFile(1, urn.Name, "The file has no URN column: choose the school when you upload it.");
        return false;
    }

    public static IEnumerable<T> Distinct<T, TKey>(
        ExportTable table, ProblemLog problems, Func<ExportRow, T?> validate, Func<T, TKey> key, ColumnSpec keyColumn, string duplicateMessage)
        where T : class
        where TKey : notnull
    {
        var seen = new Dictionary<TKey, int>();
        foreach (var row in table.Rows())
        {
            if (validate(row) is not { } record)
                continue;
            if (seen.TryGetValue(key(record), out var first))
            {
                problems.Reject(row.Line, keyColumn.Name, null, string.Format(System.Globalization.CultureInfo.InvariantCulture, duplicateMessage, first));
                continue;
            }
            seen[key(record)] = row.Line;
            yield return record;
        }
    }
}
