using System.Globalization;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// The DfE attendance codes: which set is in force on a date, and how MIS marks (sub-codes such as X01 or
/// I_F, Capita ONE single-character stand-ins such as &lt; for C1) map back to a statutory code.
/// The statistical category of each code lives in <c>dim_attendance_code</c>.
/// </summary>
public static class MarkCodes
{
    public const string Set2024 = "2024";
    public const string SetPre2024 = "pre-2024";

    /// <summary>The 2024 regulations apply to sessions from this date.</summary>
    public static readonly DateOnly Change2024 = new(2024, 8, 19);

    public static IReadOnlySet<string> Codes2024 { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "/", "\\", "L", "K", "V", "P", "W", "B", "C1", "C2", "C", "M", "J1", "S", "R", "T", "I", "E", "G", "N", "O", "U",
        "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "X", "D", "Z", "#",
    };

    public static IReadOnlySet<string> CodesPre2024 { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "/", "\\", "L", "B", "J", "P", "V", "W", "D", "C", "E", "H", "F", "I", "M", "R", "S", "T", "G", "N", "O", "U",
        "X", "Y", "Z", "#",
    };

    private static readonly Dictionary<char, string> StandIns = new()
    {
        ['<'] = "C1", ['>'] = "C2", ['?'] = "J1", ['$'] = "Y1", ['a'] = "Y2", ['%'] = "Y3", ['`'] = "Y4",
        [':'] = "Y5", ['|'] = "Y6", ['_'] = "Y7", ['+'] = "X",
    };

    public static string SetFor(DateOnly sessionDate) => sessionDate >= Change2024 ? Set2024 : SetPre2024;

    public static IReadOnlySet<string> CodesIn(string codeSet) => codeSet == Set2024 ? Codes2024 : CodesPre2024;

    /// <summary>
    /// The statutory code a raw mark stands for, whatever the date; null when it is no attendance mark at all.
    /// Capita ONE stand-ins are matched exactly (its <c>a</c> is Y2); other marks ignore case.
    /// </summary>
    public static string? Normalise(string raw)
    {
        if (raw.Length == 1 && StandIns.TryGetValue(raw[0], out var standIn))
            return standIn;
        if (IsCode(raw))
            return raw;
        var mark = raw.ToUpperInvariant();
        if (IsCode(mark))
            return mark;
        var underscore = mark.IndexOf('_', StringComparison.Ordinal);
        if (underscore > 0)
            return IsCode(mark[..underscore]) ? mark[..underscore] : null;
        if (mark.Length == 3 && char.IsAsciiDigit(mark[1]) && char.IsAsciiDigit(mark[2]) && IsCode(mark[..1]))
            return mark[..1];
        return null;
    }

    /// <summary>Why a statutory code cannot be used on a date, or null when it can.</summary>
    public static string? WhyInvalidOn(string code, DateOnly sessionDate)
    {
        if (CodesIn(SetFor(sessionDate)).Contains(code))
            return null;
        return sessionDate >= Change2024
            ? $"{code} was withdrawn from 19/08/2024; it is not a valid mark on {Display(sessionDate)}."
            : $"{code} was introduced on 19/08/2024; it is not a valid mark on {Display(sessionDate)}.";
    }

    private static string Display(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    private static bool IsCode(string mark) => Codes2024.Contains(mark) || CodesPre2024.Contains(mark);
}
