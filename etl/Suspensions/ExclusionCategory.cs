namespace BelongingInsights.Etl.Suspensions;

/// <summary>
/// Suspension (fixed-period exclusion, census FIXD), permanent exclusion (PERM) or lunchtime suspension (LNCH),
/// from the codes and words MIS exports use.
/// </summary>
public static class ExclusionCategory
{
    public const string Suspension = "suspension";
    public const string Permanent = "permanent";
    public const string Lunchtime = "lunchtime";

    public static string? Parse(string text) => Common.HeaderName.Normalise(text) switch
    {
        "fixd" or "fix" or "fixed" or "fp" or "fpe" or "fixedterm" or "fixedtermexclusion" or "fixedperiod" or "fixedperiodexclusion"
            or "suspension" or "suspended" or "s" => Suspension,
        "perm" or "p" or "pex" or "permanent" or "permanentexclusion" or "permanentlyexcluded" => Permanent,
        "lnch" or "l" or "lunch" or "lunchtime" or "lunchtimesuspension" or "lunchtimeexclusion" or "lunchtimefixedterm" => Lunchtime,
        _ => null,
    };
}
