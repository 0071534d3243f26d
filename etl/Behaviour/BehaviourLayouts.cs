using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Behaviour;

/// <summary>
/// The columns of a behaviour incident export and the names SIMS (Behaviour Management), Arbor, Bromcom and generic
/// exports give them. Comments, staff names and pupil names are not columns here, so they are never read.
/// </summary>
public static class BehaviourLayouts
{
    public static readonly ColumnSpec PupilUpn = new("UPN", true, "Unique Pupil Number", "Pupil UPN", "Student UPN");
    public static readonly ColumnSpec SchoolUrn = new("URN", false, "School URN", "Establishment URN");
    public static readonly ColumnSpec IncidentDate = new("Incident date", true,
        "Date", "Incident date/time", "Incident date and time", "Date of incident", "Event date", "Behaviour date", "Date recorded", "Incident datetime");
    public static readonly ColumnSpec IncidentType = new("Incident type", true,
        "Behaviour type", "Type", "Behaviour", "Incident", "Event type", "Behaviour incident", "Behaviour category", "Incident category");
    public static readonly ColumnSpec Points = new("Points", false, "Behaviour points", "Point score", "Points awarded", "Incident points");
    public static readonly ColumnSpec Location = new("Location", false, "Incident location", "Where", "Place", "Event location");
    public static readonly ColumnSpec ActionTaken = new("Action taken", false,
        "Action", "Actions", "Outcome", "Sanction", "Consequence", "Resolution", "Action type", "Follow up action");

    public static readonly ExportLayout Standard = new(
        ExportKind.Behaviour,
        "standard",
        [PupilUpn, SchoolUrn, IncidentDate, IncidentType, Points, Location, ActionTaken]);

    public static IReadOnlyList<ExportLayout> All { get; } = [Standard];
}
