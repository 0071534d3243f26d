using BelongingInsights.Etl.Common;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>How an import ended: its status, counts, message and the problems found.</summary>
public sealed record ImportOutcome(
    string Status,
    string? DetectedKind,
    string? Layout,
    int RowsRead,
    int RowsLoaded,
    int RowsQuarantined,
    int ProblemCount,
    int WarningCount,
    string? Message,
    Guid? DuplicateOf,
    IReadOnlyList<ImportProblem> Problems);
