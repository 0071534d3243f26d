using System.Text.RegularExpressions;
using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Schools.SchoolLayouts;

namespace BelongingInsights.Etl.Schools;

/// <summary>Reads and validates a school list: URN, LAESTAB, name, phase, trust and local authority.</summary>
public static partial class SchoolReader
{
    public static IEnumerable<SchoolRecord> Read(ExportTable table, ImportContext context, ProblemLog problems)
    {
        var listContext = context with { SchoolUrn = null };
        return ValidRows.Distinct(table, problems, row => Validate(row, listContext, problems), r => r.Urn,
            Urn, "The same school (URN) already appears at row {0}.");
    }

    /// <summary>Whether the file says anything about LAESTAB, trust and local authority; a list without the column leaves what is known.</summary>
    public static (bool Laestab, bool Trust, bool LocalAuthority) Gives(ExportTable table) =>
        (table.Columns.Has(Laestab) || (table.Columns.Has(LaCode) && table.Columns.Has(EstablishmentNumber)),
            table.Columns.Has(Trust),
            table.Columns.Has(LocalAuthority) || table.Columns.Has(LaCode));

    private static SchoolRecord? Validate(ExportRow row, ImportContext context, ProblemLog problems)
    {
        var before = problems.QuarantinedRows;
        var urn = Fields.Urn(row, Urn, context, problems);
        var laestab = ReadLaestab(row, problems);
        var name = row.Get(Name);
        if (name.Length == 0)
            problems.Reject(row.Line, Name.Name, null, "The school name is empty.");
        var phase = SchoolPhases.Of(row.Get(Phase), row.Get(EstablishmentType));
        if (phase is null)
            problems.Reject(row.Line, Phase.Name, row.Get(Phase), "Expected a phase: primary, secondary, all-through, special or alternative provision.");

        if (problems.QuarantinedRows != before)
            return null;
        var trust = row.Get(Trust);
        var authority = row.Get(LocalAuthority) is { Length: > 0 } la ? la : row.Get(LaCode);
        return new SchoolRecord(row.Line, urn!.Value, laestab, name, phase!, trust.Length == 0 ? null : trust, authority.Length == 0 ? null : authority);
    }

    private static int? ReadLaestab(ExportRow row, ProblemLog problems)
    {
        var text = row.Get(Laestab);
        var column = Laestab;
        if (text.Length == 0 && row.Get(LaCode).Length > 0 && row.Get(EstablishmentNumber).Length > 0)
        {
            text = $"{row.Get(LaCode)}/{row.Get(EstablishmentNumber).PadLeft(4, '0')}";
            column = EstablishmentNumber;
        }
        if (text.Length == 0)
            return null;
        var match = LaestabPattern().Match(text);
        if (match.Success)
            return int.Parse(match.Groups[1].Value + match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        problems.Reject(row.Line, column.Name, text, "A LAESTAB (DfE number) is a 3-digit LA code and a 4-digit establishment number, such as 2024123 or 202/4123.");
        return null;
    }

    [GeneratedRegex(@"^([1-9][0-9]{2})\s*[/\-]?\s*([0-9]{4})$")]
    private static partial Regex LaestabPattern();
}
