using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// An import as the HTTP API shows it. <see cref="MartsRefreshedAt"/> stays null until the mart refresh after a succeeded
/// import has ended, when the dashboard shows its rows. <see cref="Schools"/> names the schools its rows are for that the
/// caller may see, <see cref="Period"/> the terms they cover (else the survey wave it was sent for).
/// </summary>
public sealed record ImportResponse(
    Guid Id,
    string FileName,
    string Source,
    string? Kind,
    string? Layout,
    string Status,
    string StatusText,
    int RowsRead,
    int RowsLoaded,
    int RowsQuarantined,
    int ProblemCount,
    int WarningCount,
    string? Message,
    Guid? DuplicateOf,
    DateTime ReceivedAt,
    DateTime? FinishedAt,
    Guid? ReprocessOf,
    DateTime? MartsRefreshedAt,
    IReadOnlyList<string> Schools,
    string? Period,
    DateTime? UndoneAt,
    IReadOnlyList<ProblemResponse> Problems)
{
    public static ImportResponse From(ImportRecord import, IReadOnlyList<ImportProblem> problems) => new(
        import.Id, import.FileName, import.Source, import.DetectedKind ?? import.RequestedKind, import.Layout, import.Status,
        import.StatusText, import.RowsRead, import.RowsLoaded, import.RowsQuarantined, import.ProblemCount, import.WarningCount, import.Message, import.DuplicateOf,
        import.ReceivedAt, import.FinishedAt, import.ReprocessOf, import.MartsRefreshedAt, import.SchoolNames, import.PeriodText, import.UndoneAt,
        [.. problems.Select(p => new ProblemResponse(p.File, p.Line, p.Column, p.Value, p.Severity.ToString().ToLowerInvariant(), p.Message))]);
}

public sealed record ProblemResponse(string File, int Row, string Column, string? Value, string Severity, string Message);
