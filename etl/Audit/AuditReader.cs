using System.Text.RegularExpressions;
using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Audit.AuditLayouts;

namespace BelongingInsights.Etl.Audit;

/// <summary>Reads and validates a school 360 audit; rounds are survey waves (baseline, midpoint, endline or a date).</summary>
public static partial class AuditReader
{
    public const int EvidenceLength = 1000;

    public static IEnumerable<AuditRecord> Read(ExportTable table, ImportContext context, ProblemLog problems)
    {
        if (!ValidRows.HaveSchool(table, SchoolUrn, context, problems))
            return [];
        if (!table.Columns.Has(Round) && SurveyWaves.Normalise(context.Wave ?? "") is null)
        {
            problems.RefuseFile(1, Round.Name, "The file has no round column: choose the round (baseline, midpoint, endline or a date) when you upload it.");
            return [];
        }
        return ValidRows.Distinct(table, problems, row => Validate(row, context, problems), r => (r.SchoolUrn, r.Round, r.AreaOrder, r.ItemCode),
            Item, "The same item for this school and round already appears at row {0}.");
    }

    private static AuditRecord? Validate(ExportRow row, ImportContext context, ProblemLog problems)
    {
        var before = problems.QuarantinedRows;
        var urn = Fields.Urn(row, SchoolUrn, context, problems);
        var round = SurveyWaves.Normalise(row.Get(Round)) ?? (row.Get(Round).Length == 0 ? SurveyWaves.Normalise(context.Wave ?? "") : null);
        if (round is null)
            problems.Reject(row.Line, Round.Name, row.Get(Round), "Expected baseline, midpoint, endline or a date.");
        var area = AuditCodes.Area(row.Get(Area));
        if (area is null)
            problems.Reject(row.Line, Area.Name, row.Get(Area), "Expected one of the four areas: inclusive culture, data policies and training, positive relationships, school activities.");
        var item = Spaces().Replace(row.Get(Item), " ");
        if (item.Length == 0)
            problems.Reject(row.Line, Item.Name, null, "The item is empty.");
        var rating = AuditCodes.Rating(row.Get(Rating));
        if (rating is null)
            problems.Reject(row.Line, Rating.Name, row.Get(Rating), "Expected fully met, partially met or not yet met.");
        var evidence = row.Get(Evidence);
        if (evidence.Length > EvidenceLength)
        {
            problems.Warn(row.Line, Evidence.Name, null, "The evidence is longer than 1,000 characters; only the first 1,000 were kept.");
            evidence = evidence[..EvidenceLength];
        }
        var action = row.Get(ChosenAction);

        if (problems.QuarantinedRows != before)
            return null;
        return new AuditRecord(row.Line, urn!.Value, round!, area!.Value.Order, area.Value.Name, HeaderName.Normalise(item), item,
            rating!.Value.Rating, rating.Value.Score, evidence.Length == 0 ? null : evidence, action.Length == 0 ? null : action);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
