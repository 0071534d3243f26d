using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Benchmarks;

/// <summary>
/// Maps a DfE published characteristic onto the groupings and values the warehouse's marts use (Gender: Male, SEND:
/// No SEND, Year group: Year 7, ...). Releases name the same characteristic in many ways (<c>SEN_provision_Statement_or_EHCP</c>,
/// <c>EHC plan</c>; <c>FSM_eligible</c>, <c>FSM eligible</c>); a characteristic this cannot place, or a crossing of two
/// in the first releases' <c>characteristic_1</c>/<c>_2</c> (age by gender), is kept as published with no group; a crossing
/// of filter columns (<see cref="Crossing"/>) is the warehouse's pair when each part is one of its groups. EHC plans and SEN support are both the warehouse's SEND group,
/// so each is kept under it with its own published name.
/// </summary>
public static class PupilGroups
{
    public const string AllPupils = "All pupils";

    private static readonly (string Grouping, string[] Groups, string[] Prefixes)[] Groupings =
    [
        ("Disadvantaged", ["fsmeligibleinlast6years", "fsm6", "disadvantaged", "disadvantage", "disadvantagedstatus"], ["fsmeligibleinlast6", "fsmnoteligibleinlast6", "fsmunclassifiedinlast6", "disadvantage"]),
        ("FSM", ["fsm", "fsmeligible", "fsmeligibility", "fsmstatus", "freeschoolmeals", "freeschoolmealeligibility"], ["fsm"]),
        ("Gender", ["gender", "sex"], ["gender", "sex"]),
        ("SEND", ["senprovision", "sen", "senstatus"], ["senprovision"]),
        ("EAL", ["firstlanguage", "language", "eal"], ["firstlanguage"]),
        ("Ethnicity", ["ethnicitymajor", "majorethnicgroup", "ethnicgroupmajor", "ethnicity"], ["ethnicitymajor"]),
        ("Year group", ["ncyear", "yeargroup", "nationalcurriculumyear", "ncyeargroup"], ["ncyear"]),
    ];

    public static BenchmarkCharacteristic Of(string? group, string value, string? detail)
    {
        var crossing = detail is { Length: > 0 } && HeaderName.Normalise(detail) != "total";
        var published = crossing ? $"{value}, {detail}" : value;
        var mapped = crossing ? null : Map(HeaderName.Normalise(group ?? ""), HeaderName.Normalise(value));
        return new BenchmarkCharacteristic(group, published, mapped?.Grouping, mapped?.Value);
    }

    /// <summary>
    /// A row of a release broken down by one column per characteristic (<c>fsm</c>, <c>ethnicity_minor</c>...): the
    /// crossing of the columns whose value is not <c>Total</c>, as published (<c>fsm × ethnicity_minor</c>,
    /// <c>FSM Eligible, African</c>), mapped to the warehouse's pair (<c>SEND × FSM</c>, <c>SEND · FSM</c>, in the order
    /// the marts name them) only when every part is one of its groups.
    /// </summary>
    public static BenchmarkCharacteristic Crossing(IReadOnlyList<(string Column, string Value)> parts)
    {
        var named = parts.Where(p => p.Value.Trim().Length > 0 && HeaderName.Normalise(p.Value) != "total").ToList();
        if (named.Count == 0)
            return BenchmarkCharacteristic.AllPupils;
        var group = string.Join(" × ", named.Select(p => p.Column));
        var value = string.Join(", ", named.Select(p => p.Value.Trim()));
        var mapped = named.Select(p => Map(HeaderName.Normalise(p.Column), HeaderName.Normalise(p.Value))).ToList();
        if (mapped.Any(m => m is null) || mapped.Select(m => m!.Value.Grouping).Distinct().Count() < mapped.Count)
            return new BenchmarkCharacteristic(group, value, null, null);
        var ordered = mapped.Select(m => m!.Value).OrderBy(m => Array.IndexOf(MartOrder, m.Grouping)).ToList();
        return new BenchmarkCharacteristic(group, value, string.Join(" × ", ordered.Select(m => m.Grouping)), string.Join(" · ", ordered.Select(m => m.Value)));
    }

    /// <summary>The order the marts name a crossing's groups in (grouping_name in warehouse/Functions/pupil_groups.sql).</summary>
    private static readonly string[] MartOrder = ["Gender", "SEND", "FSM", "Disadvantaged", "EAL", "Ethnicity", "Year group"];

    private static (string Grouping, string Value)? Map(string group, string value)
    {
        if (value == "total" && group is "" or "total")
            return (AllPupils, AllPupils);
        foreach (var (grouping, groups, prefixes) in Groupings)
        {
            var byGroup = groups.Contains(group);
            var prefix = prefixes.FirstOrDefault(p => value.StartsWith(p, StringComparison.Ordinal));
            if (!byGroup && (group.Length > 0 || prefix is null))
                continue;
            var rest = value.StartsWith(group, StringComparison.Ordinal) && group.Length > 0 ? value[group.Length..] : value;
            if (prefix is not null && grouping != "Disadvantaged")
                rest = value[prefix.Length..];
            return ValueOf(grouping, rest) is { } mapped ? (grouping, mapped) : null;
        }
        return null;
    }

    private static string? ValueOf(string grouping, string rest) => grouping switch
    {
        "Gender" => rest switch { "male" or "boys" => "Male", "female" or "girls" => "Female", _ => null },
        "FSM" => rest.Contains("unclassified", StringComparison.Ordinal) || rest.Contains("unknown", StringComparison.Ordinal) ? null
            : rest.Contains("not", StringComparison.Ordinal) ? "Not FSM"
            : rest.Contains("eligible", StringComparison.Ordinal) || rest is "" or "fsm" ? "FSM" : null,
        "Disadvantaged" => rest.Contains("unclassified", StringComparison.Ordinal) ? null
            : rest.Contains("not", StringComparison.Ordinal) || rest.Contains("other", StringComparison.Ordinal) ? "Not disadvantaged"
            : "Disadvantaged",
        "SEND" => rest.Contains("nosen", StringComparison.Ordinal) || rest.Contains("noidentified", StringComparison.Ordinal) ? "No SEND"
            : rest.Contains("ehc", StringComparison.Ordinal) || rest.Contains("statement", StringComparison.Ordinal)
              || rest.Contains("support", StringComparison.Ordinal) ? "SEND"
            : null,
        "EAL" => rest.Contains("otherthanenglish", StringComparison.Ordinal) ? "EAL"
            : rest.Contains("english", StringComparison.Ordinal) ? "Not EAL"
            : null,
        "Ethnicity" => MajorEthnicGroup(rest),
        _ => YearGroup(rest),
    };

    private static string? MajorEthnicGroup(string rest)
    {
        var major = rest.StartsWith("major", StringComparison.Ordinal) ? rest[5..] : rest;
        if (rest.StartsWith("minor", StringComparison.Ordinal))
            return null;
        return major switch
        {
            _ when major.StartsWith("white", StringComparison.Ordinal) => "White",
            _ when major.StartsWith("mixed", StringComparison.Ordinal) => "Mixed",
            _ when major.StartsWith("asian", StringComparison.Ordinal) => "Asian",
            _ when major.StartsWith("black", StringComparison.Ordinal) => "Black",
            _ when major.StartsWith("chinese", StringComparison.Ordinal) => "Chinese",
            _ when major.StartsWith("anyother", StringComparison.Ordinal) => "Any other ethnic group",
            _ when major.StartsWith("unclassified", StringComparison.Ordinal) => "Unclassified",
            _ => null,
        };
    }

    private static string? YearGroup(string rest)
    {
        var year = rest.StartsWith("year", StringComparison.Ordinal) ? rest[4..] : rest;
        return CensusCodes.NcYear(year) switch
        {
            null or "X" => null,
            "R" => "R",
            { } code when char.IsAsciiDigit(code[0]) => $"Year {code}",
            _ => null,
        };
    }
}
