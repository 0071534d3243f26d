namespace BelongingInsights.Warehouse.Tests;

/// <summary>One awkward or bad file of <c>Corpus/</c> and the exact outcome its import must have (<c>Corpus/corpus.json</c>).</summary>
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
    CorpusProblem? Problem)
{
    public override string ToString() => File;
}

public sealed record CorpusProblem(int Row, string Column, string? Value, string Severity, string Message);
