namespace BelongingInsights.Warehouse.Imports;

/// <summary>How a file arrived and what the sender said about it (kind and school, when the file lacks them).</summary>
public sealed record ImportRequest(string Source, string? Kind = null, int? SchoolUrn = null, string? InboxPath = null)
{
    public const string Upload = "upload";
    public const string Api = "api";
    public const string Inbox = "inbox";
    public const string Demo = "demo";
    public const string Reprocess = "reprocess";
}
