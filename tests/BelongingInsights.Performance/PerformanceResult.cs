using BelongingInsights.Warehouse.MartRefresh;

namespace BelongingInsights.Performance;

/// <summary>What one performance run measured. Peer times are null when that peer was skipped; the API's is null when its step failed, with why.</summary>
public sealed record PerformanceResult(
    PerformanceScale Scale,
    long Marks,
    long FileBytes,
    TimeSpan Generate,
    TimeSpan Receive,
    TimeSpan Import,
    TimeSpan MartRefresh,
    long PeakIngestBytes,
    string ImportStatus,
    int RowsLoaded,
    TimeSpan? DuckDBReadCsv,
    TimeSpan? ApiIngest,
    string? ApiFailed,
    TimeSpan? PostgresCopy,
    string? PostgresSkipped,
    IReadOnlyList<QueryTiming> Queries,
    IReadOnlyList<MartTiming> MartScripts,
    TimeSpan MartRebuild,
    IReadOnlyList<MartTiming> RebuildScripts,
    TimeSpan ReadAlone,
    long PeakReadAloneBytes,
    EvaluatorResult Evaluators)
{
    /// <summary>Receiving the file, validating and loading it into the star schema, and refreshing the marts it feeds.</summary>
    public TimeSpan Ingest => Receive + Import + MartRefresh;
}
