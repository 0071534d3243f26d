using System.Globalization;
using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Benchmarks.DfeReleases;

namespace BelongingInsights.Etl.Benchmarks;

/// <summary>
/// Reads a DfE statistics file as published. Every non-descriptive column is kept as a measure with its cell
/// status; each rate that can be recomputed from the row's own counts is checked, and a disagreement is a
/// warning that keeps the published figure (DfE rounds regional and national counts, and some releases'
/// totals do not match their counts).
/// </summary>
public static class DfeStatisticsReader
{
    public static IEnumerable<BenchmarkRow> Read(DfeRelease release, ExportTable table, ProblemLog problems)
    {
        var measureColumns = table.Headers
            .Select((header, index) => (Header: header, Index: index, Measure: release.MeasureFor(header)))
            .Where(c => c.Header.Length > 0 && !DescriptiveColumns.Contains(HeaderName.Normalise(c.Header)))
            .ToList();
        var filters = table.Headers
            .Select((header, index) => (Header: header, Index: index))
            .Where(c => FilterColumns.Contains(HeaderName.Normalise(c.Header)))
            .ToList();
        var seen = new Dictionary<(int, string?, string, string, string, string?, string), int>();
        var name = ExportKinds.CodeOf(release.Layout.Kind);
        // The older national tables have no level column: every row of them is England's.
        var nationalOnly = !table.Columns.Has(Level);
        foreach (var row in table.Rows())
        {
            var benchmark = ReadRow(name, release, row, measureColumns, filters, nationalOnly, problems);
            if (benchmark is null)
                continue;
            var key = (benchmark.AcademicYear, benchmark.TimeIdentifier, benchmark.Level, benchmark.AreaName, benchmark.Phase,
                benchmark.Characteristic.Group, benchmark.Characteristic.Value);
            if (seen.TryGetValue(key, out var first))
            {
                problems.Reject(row.Line, LaName.Name, benchmark.AreaName, $"The same area, phase, period and characteristic already appear at row {first}.");
                continue;
            }
            seen[key] = row.Line;
            yield return benchmark;
        }
    }

    private static BenchmarkRow? ReadRow(
        string name, DfeRelease release, ExportRow row, List<(string Header, int Index, string Measure)> columns,
        List<(string Header, int Index)> filters, bool nationalOnly, ProblemLog problems)
    {
        var before = problems.QuarantinedRows;
        var year = AcademicYear(row.Get(TimePeriod));
        if (year is null)
            problems.Reject(row.Line, TimePeriod.Name, row.Get(TimePeriod), "Not a DfE time period: expected a year such as 202425 or 2024/25.");
        var level = nationalOnly ? "National" : Normalise(row.Get(Level));
        if (level is null)
            problems.Reject(row.Line, Level.Name, row.Get(Level), "Expected National, Regional or Local authority.");
        var characteristic = filters.Count > 0
            ? PupilGroups.Crossing([.. filters.Select(f => (f.Header, row.GetAt(f.Index)))])
            : Blank(row.Get(CharacteristicBreakdown)) is { } breakdown
            ? PupilGroups.Of(Blank(row.Get(Characteristic)), breakdown, null)
            : Blank(row.Get(Characteristic)) is { } characteristicValue
            ? PupilGroups.Of(Blank(row.Get(CharacteristicGroup)), characteristicValue, Blank(row.Get(CharacteristicDetail)))
            : BenchmarkCharacteristic.AllPupils;
        var values = new Dictionary<string, (PublishedValue Value, string Header)>();
        foreach (var (header, index, measure) in columns)
        {
            var text = row.GetAt(index);
            if (PublishedValue.Parse(text) is { } value)
                values[measure] = (value, header);
            else
                problems.Reject(row.Line, header, text, "Not a number or a DfE symbol (c, x, z, ., :, NA, low).");
        }
        if (problems.QuarantinedRows != before)
            return null;

        var rounded = level != "Local authority" && release.Counts.All(c =>
            !values.TryGetValue(c, out var v) || v.Value.Value is not { } n || n % 5 == 0);
        var recomputed = new Dictionary<string, double>();
        foreach (var rule in release.Rates)
        {
            if (Recompute(rule, values) is not { } value)
                continue;
            recomputed[rule.Rate] = value;
            var (published, header) = values[rule.Rate];
            var tolerance = 0.5 * Math.Pow(10, -published.Decimals) + 1e-9;
            if (Math.Abs(value - published.Value!.Value) > tolerance)
                problems.Warn(row.Line, header, row.GetAt(columns.First(c => c.Measure == rule.Rate).Index), Disagreement(rule, published.Value.Value, value, rounded));
        }

        var area = level switch
        {
            "Local authority" => (Code: Blank(row.Get(OldLaCode)) ?? Blank(row.Get(NewLaCode)), Name: row.Get(LaName)),
            "Regional" => (Code: Blank(row.Get(RegionCode)), Name: Blank(row.Get(RegionName)) ?? row.Get(LaName)),
            _ => (Code: Blank(row.Get(CountryCode)), Name: Blank(row.Get(CountryName)) ?? Blank(row.Get(LaName)) ?? "England"),
        };
        return new BenchmarkRow(row.Line, name, year!.Value, Blank(row.Get(TimeIdentifier)), level!, area.Code, area.Name,
            Blank(row.Get(RegionName)), PhaseOf(row.Get(Phase)), characteristic, rounded,
            [.. values.Select(v => new BenchmarkMeasure(v.Key, v.Value.Value.Value, v.Value.Value.Status, recomputed.TryGetValue(v.Key, out var r) ? r : null))]);
    }

    private static double? Recompute(RateRule rule, Dictionary<string, (PublishedValue Value, string Header)> values) =>
        values.TryGetValue(rule.Rate, out var rate) && rate.Value.Value is not null
        && values.TryGetValue(rule.Numerator, out var numerator) && numerator.Value.Value is { } n
        && values.TryGetValue(rule.Denominator, out var denominator) && denominator.Value.Value is { } d && d > 0
            ? n / d * 100
            : null;

    private static string Disagreement(RateRule rule, double published, double recomputed, bool rounded)
    {
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"published {rule.Rate} is {published:0.####}; {(rounded ? "this row's rounded counts" : "this row's own counts")} give {recomputed:0.####}");
        return rounded
            ? $"Rate built on rounded counts: {figures}. The published figure is kept."
            : string.Create(CultureInfo.InvariantCulture,
                $"The release disagrees with itself: {figures} ({Math.Abs(published - recomputed):0.###} points apart). The published figure is kept.");
    }

    /// <summary>The first calendar year of <c>202425</c>, <c>2024/25</c>, <c>2024-25</c> or <c>2024/2025</c>; null unless the second year follows the first.</summary>
    private static int? AcademicYear(string text)
    {
        var digits = HeaderName.Normalise(text);
        if (digits.Length is not (6 or 8) || !digits.All(char.IsAsciiDigit))
            return null;
        var year = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        var next = int.Parse(digits[4..], CultureInfo.InvariantCulture);
        var follows = digits.Length == 6 ? next == (year + 1) % 100 : next == year + 1;
        return follows && year is > 1990 and < 2100 ? year : null;
    }

    private static string? Normalise(string level) => HeaderName.Normalise(level) switch
    {
        "national" or "country" => "National",
        "regional" or "region" => "Regional",
        "localauthority" => "Local authority",
        _ => null,
    };

    private static string PhaseOf(string phase) => HeaderName.Normalise(phase) switch
    {
        "primary" or "statefundedprimary" => "Primary",
        "secondary" or "statefundedsecondary" => "Secondary",
        "special" or "statefundedspecial" or "specialschools" => "Special",
        "pru" or "alternativeprovision" or "pupilreferralunit" or "pruap" => "Alternative provision",
        _ => "Total",
    };

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
