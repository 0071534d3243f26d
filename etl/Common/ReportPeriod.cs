using System.Globalization;
using System.Text.RegularExpressions;

namespace BelongingInsights.Etl.Common;

/// <summary>
/// The dates a summary report covers when its rows do not say: a term of an academic year (terms by month, as
/// <c>dim_date</c> has them until school term dates are loaded: autumn September to December, spring January to
/// March, summer April to August), a whole academic year to date, or a date range.
/// </summary>
public sealed partial record ReportPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The values the <c>period</c> upload field takes, in words for messages.</summary>
    public const string FieldValues = "'2024/25 autumn', '2024/25 spring', '2024/25 summer', '2024/25' (the year to date) or a date range such as '06/01/2025-11/04/2025'";

    private const string Date = @"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}";

    /// <summary>The period a title row names: a date range ("Date range: 06/01/2025 - 11/04/2025", "From ... to ...") or a term ("Autumn Term 2024/25", "2024/25 Spring").</summary>
    public static ReportPeriod? FromTitleRows(IEnumerable<string> titleRows)
    {
        foreach (var row in titleRows)
        {
            if ((RangeIn(row) ?? TermIn(row)) is { } period)
                return period;
        }
        return null;
    }

    /// <summary>The period the upload's <c>period</c> field gives; null when the text is none of <see cref="FieldValues"/>.</summary>
    public static ReportPeriod? FromField(string text)
    {
        var trimmed = text.Trim();
        if (FieldYear().Match(trimmed) is { Success: true } year)
            return Year(year.Groups["year"].Value, year.Groups["next"].Value, year.Groups["term"].Value);
        var range = FieldRange().Match(trimmed);
        return range.Success ? Range(range.Groups["start"].Value, range.Groups["end"].Value) : null;
    }

    /// <summary>Why the period cannot be a summary's, or null when it can: it ends before it starts, or crosses into another academic year.</summary>
    public string? Problem => End < Start
        ? "The period ends before it starts."
        : UkDates.AcademicYearOf(Start) != UkDates.AcademicYearOf(End)
            ? "The period crosses into another academic year (September to August)."
            : null;

    /// <summary>
    /// The period in words, by the terms it reaches: "Autumn term 2024/25", "Spring to summer term 2024/25", "2024/25"
    /// (every term of the year), "Summer term 2023/24 to autumn term 2024/25".
    /// </summary>
    public string Text
    {
        get
        {
            var (first, last) = (TermOf(Start), TermOf(End));
            if (first.Year != last.Year)
                return $"{TermNames[first.Term]} term {YearLabel(first.Year)} to {TermNames[last.Term].ToLowerInvariant()} term {YearLabel(last.Year)}";
            if (first.Term == 0 && last.Term == 2)
                return YearLabel(first.Year);
            return first.Term == last.Term
                ? $"{TermNames[first.Term]} term {YearLabel(first.Year)}"
                : $"{TermNames[first.Term]} to {TermNames[last.Term].ToLowerInvariant()} term {YearLabel(first.Year)}";
        }
    }

    /// <summary>One term (0 autumn, 1 spring, 2 summer) of the academic year starting in September of <paramref name="academicYear"/>.</summary>
    public static ReportPeriod Term(int academicYear, int term) =>
        Year(academicYear.ToString(CultureInfo.InvariantCulture), (academicYear + 1).ToString(CultureInfo.InvariantCulture), FieldTerms[term])!;

    /// <summary>The term as the <c>period</c> field and the imports page's address write it ("2024/25 autumn").</summary>
    public static string TermField(int academicYear, int term) => $"{YearLabel(academicYear)} {FieldTerms[term]}";

    private static readonly string[] TermNames = ["Autumn", "Spring", "Summer"];
    private static readonly string[] FieldTerms = ["autumn", "spring", "summer"];

    private static (int Year, int Term) TermOf(DateOnly date) =>
        (UkDates.AcademicYearOf(date), date.Month >= 9 ? 0 : date.Month <= 3 ? 1 : 2);

    /// <summary>The academic year starting in September of <paramref name="year"/> as written: "2024/25".</summary>
    public static string YearLabel(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}/{(year + 1) % 100:00}");

    /// <summary>The period as the <c>period</c> field writes it, for the ledger.</summary>
    public string FieldText => string.Create(CultureInfo.InvariantCulture, $"{Start:dd/MM/yyyy}-{End:dd/MM/yyyy}");

    private static ReportPeriod? RangeIn(string row)
    {
        var range = TitleRange().Match(row);
        return range.Success ? Range(range.Groups["start"].Value, range.Groups["end"].Value) : null;
    }

    private static ReportPeriod? TermIn(string row)
    {
        var term = TermFirst().Match(row);
        if (!term.Success)
            term = YearFirst().Match(row);
        return term.Success ? Year(term.Groups["year"].Value, term.Groups["next"].Value, term.Groups["term"].Value) : null;
    }

    private static ReportPeriod? Range(string start, string end) =>
        UkDates.TryParse(start, out var from) && UkDates.TryParse(end, out var to) ? new ReportPeriod(from, to) : null;

    private static ReportPeriod? Year(string year, string next, string term)
    {
        var first = int.Parse(year, CultureInfo.InvariantCulture);
        if (first is < 1 or > 9998 || int.Parse(next, CultureInfo.InvariantCulture) % 100 != (first + 1) % 100)
            return null;
        return term.ToLowerInvariant() switch
        {
            "autumn" => new ReportPeriod(new DateOnly(first, 9, 1), new DateOnly(first, 12, 31)),
            "spring" => new ReportPeriod(new DateOnly(first + 1, 1, 1), new DateOnly(first + 1, 3, 31)),
            "summer" => new ReportPeriod(new DateOnly(first + 1, 4, 1), new DateOnly(first + 1, 8, 31)),
            _ => new ReportPeriod(new DateOnly(first, 9, 1), new DateOnly(first + 1, 8, 31)),
        };
    }

    // Two dates joined by a dash or "to": a single date in a title ("Printed 12/04/2025", "Run on ...") is when the
    // report was run, not what it covers.
    [GeneratedRegex($@"(?<start>{Date})\s*(?:-|–|to|until)\s*(?<end>{Date})", RegexOptions.IgnoreCase)]
    private static partial Regex TitleRange();

    [GeneratedRegex(@"\b(?<term>autumn|spring|summer)(?:\s+term)?\s+(?<year>[0-9]{4})\s*[/-]\s*(?<next>[0-9]{2}|[0-9]{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex TermFirst();

    [GeneratedRegex(@"\b(?<year>[0-9]{4})\s*[/-]\s*(?<next>[0-9]{2}|[0-9]{4})\s+(?<term>autumn|spring|summer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?<year>[0-9]{4})\s*/\s*(?<next>[0-9]{2}|[0-9]{4})(?:\s+(?<term>autumn|spring|summer)(?:\s+term)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldYear();

    [GeneratedRegex($@"^(?<start>{Date})\s*(?:-|–|to)\s*(?<end>{Date})$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldRange();
}
