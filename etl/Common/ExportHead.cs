using BelongingInsights.Etl.Attendance;

namespace BelongingInsights.Etl.Common;

/// <summary>
/// What the first bytes of an export say about it before anything loads: its kind in words, layout, schools, the dates
/// its rows cover and how many rows it has (counted when the head is the whole file, otherwise estimated from the
/// head's rows per byte). <see cref="Refusal"/> says why the file cannot be read, when it cannot.
/// </summary>
public sealed record ExportHead(
    string? Kind,
    string? KindTitle,
    string? Layout,
    IReadOnlyList<int> Schools,
    DateOnly? From,
    DateOnly? To,
    long Rows,
    bool RowsEstimated,
    string? Refusal)
{
    /// <summary>
    /// Why an attendance summary without date columns would be refused: its title rows name no period and none was
    /// chosen (or the chosen one cannot be a summary's). Null when its period is known; <see cref="From"/> and
    /// <see cref="To"/> are then that period.
    /// </summary>
    public string? PeriodProblem { get; init; }

    /// <summary>How much of a file is read to describe it.</summary>
    public const int HeadBytes = 512 * 1024;

    /// <summary>
    /// Describes the export whose first bytes are in <paramref name="headPath"/>; the whole file is <paramref name="fileLength"/>
    /// bytes. <paramref name="period"/> is the one chosen for the upload, if any, for a summary whose rows and title do not say.
    /// </summary>
    public static ExportHead Read(string headPath, long fileLength, ExportKind? kind, ReportPeriod? period = null)
    {
        var problems = new ProblemLog(Path.GetFileName(headPath));
        using var table = ExportTable.Open(headPath, ExportKinds.LayoutsFor(kind), problems);
        if (table is null)
            return new ExportHead(null, null, null, [], null, null, 0, false, problems.Fatal?.Message);
        var headLength = new FileInfo(headPath).Length;
        var whole = headLength >= fileLength;
        var urn = table.Layout.Columns.FirstOrDefault(c => c.Name == "URN");
        var dates = table.Layout.Columns.Where(c => c.Name.Contains("date", StringComparison.OrdinalIgnoreCase)).ToList();
        var schools = new SortedSet<int>();
        DateOnly? from = null, to = null;
        long rows = 0;
        foreach (var row in table.Rows())
        {
            rows++;
            if (urn is not null && int.TryParse(row.Get(urn), out var school) && school is >= 100000 and <= 999999)
                schools.Add(school);
            foreach (var column in dates)
            {
                if (UkDates.TryParse(row.Get(column), out var date))
                {
                    from = from is { } f && f < date ? f : date;
                    to = to is { } t && t > date ? t : date;
                }
            }
        }
        // The head's last row may be cut short; without it, the rows per byte are the head's own.
        if (!whole && rows > 1)
            rows = (long)Math.Round((rows - 1) * (double)fileLength / headLength);
        var definition = ExportKinds.Of(table.Layout.Kind);
        string? periodProblem = null;
        if (table.Layout.Kind == ExportKind.AttendanceSummary && !AttendanceSummaryReader.DatesInRows(table))
        {
            var periodProblems = new ProblemLog(Path.GetFileName(headPath));
            var filePeriod = AttendanceSummaryReader.FilePeriod(table, period, periodProblems);
            (from, to, periodProblem) = (filePeriod?.Start, filePeriod?.End, periodProblems.Fatal?.Message);
        }
        return new ExportHead(definition.Code, definition.Title, table.Layout.Name, [.. schools], from, to, rows, !whole, null)
        {
            PeriodProblem = periodProblem,
        };
    }
}
