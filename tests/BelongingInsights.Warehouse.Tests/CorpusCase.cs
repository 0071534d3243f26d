namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// One awkward or bad file of <c>Corpus/</c> and the exact outcome its import must have (<c>Corpus/corpus.json</c>);
/// for session marks, also whether its values are checked and staged in bulk (a clean file) or row by row.
/// </summary>
public sealed record CorpusCase(
    string File,
    string? Kind,
    int? School,
    string Status,
    int Read,
    int Loaded,
    int Quarantined,
    string? Message,
    string? MessageStartsWith,
    CorpusProblem? Problem,
    bool? Bulk)
{
    public override string ToString() => File;
}

public sealed record CorpusProblem(int Row, string Column, string? Value, string Severity, string Message);
