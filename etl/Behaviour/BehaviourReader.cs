using System.Globalization;
using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Behaviour.BehaviourLayouts;

namespace BelongingInsights.Etl.Behaviour;

/// <summary>
/// Reads and validates behaviour incidents. Points are whole numbers kept with their sign as exported: SIMS scores
/// negative behaviour with positive points while other systems may use negative ones, so the sign is the MIS's.
/// </summary>
public static class BehaviourReader
{
    private static readonly string[] Times = ["H:mm", "H:mm:ss"];

    public static IEnumerable<BehaviourRecord> Read(ExportTable table, ImportContext context, ProblemLog problems) =>
        ValidRows.HaveSchool(table, SchoolUrn, context, problems)
            ? ValidRows.Distinct(table, problems, row => Validate(row, context, problems),
                r => (r.PupilKey, r.SchoolUrn, r.IncidentDate, r.IncidentTime, Key(r.IncidentType), Key(r.Location), Key(r.ActionTaken)),
                PupilUpn, "The same pupil, date and time, incident type, location and action already appear at row {0}.")
            : [];

    private static BehaviourRecord? Validate(ExportRow row, ImportContext context, ProblemLog problems)
    {
        var before = problems.QuarantinedRows;
        var upn = Upn.Check(row.Get(PupilUpn));
        if (!upn.IsValid)
            problems.Reject(row.Line, PupilUpn.Name, null, $"The UPN is not valid: it {upn.Error}.");
        else if (upn.IsTemporary)
            problems.Warn(row.Line, PupilUpn.Name, null, "This is a temporary UPN; replace it with the real one when it arrives.");
        var urn = Fields.Urn(row, SchoolUrn, context, problems);
        var date = EventDates.Plausible(row, IncidentDate, context, 0, problems);
        var type = row.Get(IncidentType);
        if (type.Length == 0)
            problems.Reject(row.Line, IncidentType.Name, null, "The incident type is empty.");
        var pointsText = row.Get(Points);
        int? points = null;
        if (pointsText.Length > 0)
        {
            if (int.TryParse(pointsText, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value))
                points = value;
            else
                problems.Reject(row.Line, Points.Name, pointsText, "Not a whole number of points.");
        }

        if (problems.QuarantinedRows != before)
            return null;
        return new BehaviourRecord(
            row.Line, context.Pseudonymiser.PupilKey(upn.Normalised), urn!.Value, date!.Value, TimeOf(row.Get(IncidentDate)), type, points,
            Optional(row.Get(Location)), Optional(row.Get(ActionTaken)));
    }

    /// <summary>The time after the date in a cell such as <c>09/09/2024 10:15</c> or <c>2024-09-09T10:15:00</c>; null when there is none.</summary>
    private static TimeOnly? TimeOf(string text)
    {
        var separator = text.IndexOfAny([' ', 'T']);
        return separator > 0 && TimeOnly.TryParseExact(text[(separator + 1)..].Trim(), Times, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
    }

    private static string? Optional(string text) => text.Length == 0 ? null : text;

    private static string Key(string? text) => HeaderName.Normalise(text ?? "");
}
