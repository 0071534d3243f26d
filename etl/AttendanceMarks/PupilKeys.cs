using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// Checks and pseudonymises each distinct UPN once: a marks export repeats every pupil hundreds of times. The cache
/// is bounded, so memory stays flat however many pupils a file holds.
/// </summary>
internal sealed class PupilKeys(Pseudonymiser pseudonymiser)
{
    private const int MaxCached = 200_000;
    private readonly Dictionary<string, Pupil> _cache = new(StringComparer.Ordinal);

    /// <summary>The pupil for a raw UPN; <see cref="Pupil.FirstSeen"/> is true the first time a UPN is looked up.</summary>
    public Pupil For(string rawUpn)
    {
        if (_cache.TryGetValue(rawUpn, out var known))
            return known with { FirstSeen = false };
        if (_cache.Count >= MaxCached)
            _cache.Clear();
        var check = Upn.Check(rawUpn);
        var pupil = check.IsValid
            ? new Pupil(pseudonymiser.PupilKey(check.Normalised), check.IsTemporary, null, true)
            : new Pupil(null, false, check.Error, true);
        _cache[rawUpn] = pupil;
        return pupil;
    }
}
