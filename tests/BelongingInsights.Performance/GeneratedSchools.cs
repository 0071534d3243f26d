namespace BelongingInsights.Performance;

/// <summary>
/// The schools the generated pupils belong to, fifty to every 50,000 pupils: 46 secondaries of 1,082 pupils, then the
/// small end of a real trust, an alternative provision of 25, a special school of 60 and two rural primaries of 63 and
/// 80, whose pupils' groups differ from the secondaries' so that small group cells occur. The large schools come
/// first, so the tiny and school scales stay within one secondary.
/// </summary>
public static class GeneratedSchools
{
    private const int FirstUrn = 400_000;

    private static readonly SchoolKind Secondary = new("Secondary", "Academy converter", 1_082, 7, 11, Boys: 0.5, Support: 0.15, EhcPlan: 0.03, Fsm: 0.25, Eal: 0.2, WhiteBritish: 0.1, Leavers: 0.03, Suspended: 0.06);

    private static readonly SchoolKind[] Block =
    [
        .. Enumerable.Repeat(Secondary, 46),
        new("Not applicable", "Academy alternative provision converter", 25, 9, 11, Boys: 0.8, Support: 0.5, EhcPlan: 0.1, Fsm: 0.55, Eal: 0.05, WhiteBritish: 0.7, Leavers: 0.25, Suspended: 0.4),
        new("Not applicable", "Academy special converter", 60, 7, 11, Boys: 0.7, Support: 0.1, EhcPlan: 1.0, Fsm: 0.45, Eal: 0.1, WhiteBritish: 0.6, Leavers: 0.03, Suspended: 0.1),
        new("Primary", "Academy converter", 63, 1, 6, Boys: 0.5, Support: 0.12, EhcPlan: 0.02, Fsm: 0.15, Eal: 0.03, WhiteBritish: 0.9, Leavers: 0.04, Suspended: 0.01),
        new("Primary", "Community school", 80, 1, 6, Boys: 0.5, Support: 0.12, EhcPlan: 0.02, Fsm: 0.15, Eal: 0.03, WhiteBritish: 0.9, Leavers: 0.04, Suspended: 0.01),
    ];

    private static readonly int PupilsPerBlock = Block.Sum(s => s.Pupils);

    /// <summary>
    /// The schools of the first <paramref name="pupils"/> pupils with their trust: in each block of fifty, half the
    /// secondaries and the alternative provision in one trust, the other half, the special school and the first
    /// primary in another, and the last primary maintained (in no trust), so suppression's sets run across trusts and
    /// phases as a real programme's do.
    /// </summary>
    public static IEnumerable<(int Urn, SchoolKind Kind, string? Trust)> Schools(int pupils) =>
        Enumerable.Range(0, (pupils + PupilsPerBlock - 1) / PupilsPerBlock * Block.Length)
            .Select(school => (Block: school / Block.Length, Index: school % Block.Length))
            .Where(s => s.Block * PupilsPerBlock + Block.Take(s.Index).Sum(k => k.Pupils) < pupils)
            .Select(s => (FirstUrn + s.Block * Block.Length + s.Index, Block[s.Index], TrustOf(s.Block, s.Index)));

    private static string? TrustOf(int block, int index) => index switch
    {
        < 23 or 46 => $"Generated Learning Trust {2 * block + 1}",
        49 => null,
        _ => $"Generated Learning Trust {2 * block + 2}",
    };

    /// <summary>The school of a pupil numbered from 0, and the pupil's place in it counted from 0.</summary>
    public static (int Urn, SchoolKind Kind, int Place) Of(int pupil)
    {
        var place = pupil % PupilsPerBlock;
        var school = 0;
        while (place >= Block[school].Pupils)
            place -= Block[school++].Pupils;
        return (FirstUrn + pupil / PupilsPerBlock * Block.Length + school, Block[school], place);
    }
}
