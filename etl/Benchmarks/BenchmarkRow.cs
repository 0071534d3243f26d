namespace BelongingInsights.Etl.Benchmarks;

/// <summary>One row of a DfE statistics release: an area, a phase, a year and a pupil characteristic, with all its published figures.</summary>
public sealed record BenchmarkRow(
    int Line,
    string Release,
    int AcademicYear,
    string? TimeIdentifier,
    string Level,
    string? AreaCode,
    string AreaName,
    string? RegionName,
    string Phase,
    BenchmarkCharacteristic Characteristic,
    bool CountsRounded,
    IReadOnlyList<BenchmarkMeasure> Measures);
