namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// How a file arrived, who sent it (whose scope its rows must lie in) and what the sender said about it (kind, school,
/// survey wave and period, when the file lacks them).
/// </summary>
public sealed record ImportRequest(
    string Source, ImportCaller Uploader, string? Kind = null, int? SchoolUrn = null, string? InboxPath = null, string? Wave = null,
    string? Period = null)
{
    public const string Upload = "upload";
    public const string Api = "api";
    public const string Inbox = "inbox";
    public const string Demo = "demo";
    public const string Reprocess = "reprocess";
}
