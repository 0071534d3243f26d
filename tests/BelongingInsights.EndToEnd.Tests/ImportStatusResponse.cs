namespace BelongingInsights.EndToEnd.Tests;

/// <summary>The parts of <c>GET /api/imports/{id}</c> the tests read.</summary>
public sealed record ImportStatusResponse(
    Guid Id, string FileName, string? Kind, string Status, int RowsRead, int RowsLoaded, int RowsQuarantined, string? Message,
    IReadOnlyList<ProblemStatus> Problems, DateTime? FinishedAt = null, DateTime? MartsRefreshedAt = null,
    IReadOnlyList<string>? Schools = null, string? Period = null, Guid? DuplicateOf = null);

public sealed record ProblemStatus(string File, int Row, string Column, string? Value, string Severity, string Message);
