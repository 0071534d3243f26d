namespace BelongingInsights.Performance;

/// <summary>
/// How many session marks a run generates: 380 sessions (190 weekdays) per pupil, 1,000 pupils per school. Dashboard
/// queries must answer within 50 ms (p95) up to trust scale and within 250 ms beyond it.
/// </summary>
public sealed record PerformanceScale(string Name, long Marks)
{
    public const int SessionsPerPupil = 380;
    public const int PupilsPerSchool = 1_000;

    public int QueryTargetMilliseconds => Marks > Trust.Marks ? 250 : 50;

    public static PerformanceScale Tiny { get; } = new("tiny", 10 * SessionsPerPupil);

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
