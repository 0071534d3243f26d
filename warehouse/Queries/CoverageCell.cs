namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One cell of the coverage grid: a school's export of one kind for one period (a term, a survey wave or an audit
/// round; none for the school list) and whether it has arrived.
/// </summary>
public sealed record CoverageCell(
    int Urn, string School, string? Trust, string Kind, string? Period, string Status, DateTime? ReceivedAt, long RowCount, Guid? UploadedBy)
{
    public const string Received = "received";
    public const string PartlyReceived = "partly received";
    public const string Missing = "missing";
}
