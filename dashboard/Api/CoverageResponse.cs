using BelongingInsights.Dashboard.Access;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Dashboard.Api;

/// <summary>A coverage cell as the API and the coverage page show it: the kind in words and the uploader by name.</summary>
public sealed record CoverageResponse(
    int Urn, string School, string? Trust, string Kind, string KindTitle, string? Period, string Status, DateTime? ReceivedAt, long Rows, string? ReceivedBy)
{
    /// <summary>The cells, each uploader looked up once; the inbox folder and the demonstration data have none.</summary>
    public static async Task<IReadOnlyList<CoverageResponse>> FromAsync(IReadOnlyList<CoverageCell> cells, UserDirectory users, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string?>();
        foreach (var id in cells.Select(c => c.UploadedBy).OfType<Guid>().Distinct())
            names[id] = (await users.FindByIdAsync(id, cancellationToken))?.Name;
        return [.. cells.Select(c => new CoverageResponse(c.Urn, c.School, c.Trust, c.Kind, TitleOf(c.Kind), c.Period, c.Status, c.ReceivedAt, c.RowCount,
            c.UploadedBy is { } id ? names[id] ?? "a former user" : null))];
    }

    /// <summary>The kind in words: an export kind's title, and attendance (a summary or session marks, either will do).</summary>
    private static string TitleOf(string kind) => kind == "attendance" ? "Attendance (summary or session marks)" : ExportKinds.TitleOf(kind);
}
