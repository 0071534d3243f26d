namespace BelongingInsights.Performance;

/// <summary>
/// How many session marks a run generates: 380 sessions (190 weekdays) per pupil, 50 schools to every 50,000 pupils
/// (<see cref="GeneratedSchools"/>). Dashboard queries must answer within 50 ms (p95) up to trust scale and within
/// 250 ms beyond it.
/// </summary>
public sealed record PerformanceScale(string Name, long Marks)
{
    public const int SessionsPerPupil = 380;

    public int QueryTargetMilliseconds => Marks > Trust.Marks ? 250 : 50;

    /// <summary>How many timed runs each dashboard query gets (after one warm-up run).</summary>
    public int QueryRuns { get; init; } = 100;

    /// <summary>How many timed runs each evaluator query gets, through the sandbox and on the plain connection.</summary>
    public int EvaluatorRuns { get; init; } = 20;

    /// <summary>The scale the Warehouse tests run so the performance run cannot rot: a few runs a query prove it works, not how fast.</summary>
    public static PerformanceScale Tiny { get; } = new("tiny", 10 * SessionsPerPupil) { QueryRuns = 3, EvaluatorRuns = 3 };

    public static PerformanceScale School { get; } = new("school", 1_000L * SessionsPerPupil);

    public static PerformanceScale Trust { get; } = new("trust", 50_000L * SessionsPerPupil);

    public static PerformanceScale National(long marks) => new("national", marks);

    public static PerformanceScale? Named(string name) => name.ToLowerInvariant() switch
    {
        "tiny" => Tiny,
        "school" => School,
        "trust" => Trust,
        _ => null,
    };
}
