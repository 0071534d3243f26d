using BelongingInsights.Etl.Common;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// What the imports list is narrowed to; a null part does not narrow it. A period keeps the imports whose rows are about
/// at least one of its days. Applied in <c>list.sql</c>.
/// </summary>
public sealed record ImportFilter(string? Kind = null, string? Status = null, Guid? UploadedBy = null, int? SchoolUrn = null, ReportPeriod? Period = null)
{
    public static ImportFilter None { get; } = new();

    public (string Name, object? Value)[] Parameters =>
    [
        ("kind", Kind), ("status", Status), ("uploaded_by", UploadedBy), ("school_urn", SchoolUrn),
        ("period_start", Period?.Start), ("period_end", Period?.End),
    ];
}
