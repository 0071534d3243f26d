using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Audit;

/// <summary>The columns of a school 360 audit (Belonging Matters): one row per item the senior leaders rated.</summary>
public static class AuditLayouts
{
    public static readonly ColumnSpec SchoolUrn = new("URN", false, "School URN", "Establishment URN");
    public static readonly ColumnSpec Round = new("Round", false, "Audit round", "Wave", "Timepoint", "Audit date");
    public static readonly ColumnSpec Area = new("Area", true, "Audit area", "Section", "Domain", "Theme", "Strand");
    public static readonly ColumnSpec Item = new("Item", true, "Audit item", "Statement", "Criterion", "Indicator");
    public static readonly ColumnSpec Rating = new("Rating", true, "Judgement", "Judgment", "Status", "RAG", "Met");
    public static readonly ColumnSpec Evidence = new("Evidence", false, "Brief evidence", "Evidence notes", "Comments", "Notes");
    public static readonly ColumnSpec ChosenAction = new("Chosen action", false, "Action", "Actions", "Agreed action", "Planned action", "Next steps");

    public static readonly ExportLayout Standard = new(
        ExportKind.Audit,
        "standard",
        [SchoolUrn, Round, Area, Item, Rating, Evidence, ChosenAction]);

    public static IReadOnlyList<ExportLayout> All { get; } = [Standard];
}
