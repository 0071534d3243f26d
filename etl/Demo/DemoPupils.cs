namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Generates each demonstration school's pupils over both years, seeded by its URN so every run gives the same
/// pupils: a cohort per year group (the top year leaves at the end of 2023/24, a new one starts in 2024/25), a few
/// in-year leavers (mostly to another school; some home educated, abroad or gone without a known destination; rarely
/// permanently excluded) and about as many in-year joiners. Alternative provision turns over far more of its roll.
/// </summary>
public static class DemoPupils
{
    public const string PermanentlyExcluded = "Permanently excluded";

    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "ABAN", "BAFR", "BCRB", "CHNE", "OOTH"];

    private static readonly string[] Destinations =
    [
        .. Enumerable.Repeat("Transferred to another school", 17), "Elective home education", "Elective home education", "Moved abroad", "Unknown",
    ];

    private static readonly Dictionary<int, IReadOnlyList<DemoPupil>> Rolls = DemoSchools.All.ToDictionary(s => s.Urn, Generate);

    public static IReadOnlyList<DemoPupil> For(DemoSchool school) => Rolls[school.Urn];

    public static IEnumerable<DemoPupil> All => DemoSchools.All.SelectMany(For);

    private static double LeavingChance(DemoPhase phase) => phase switch
    {
        DemoPhase.AlternativeProvision => 0.25,
        DemoPhase.Special => 0.02,
        _ => 0.025,
    };

    private static double ExclusionChance(DemoPhase phase) => phase switch
    {
        DemoPhase.Secondary => 0.0012,
        DemoPhase.AlternativeProvision => 0.004,
        DemoPhase.Special => 0.0005,
        _ => 0.0001,
    };

    private static IReadOnlyList<DemoPupil> Generate(DemoSchool school)
    {
        var random = new Random(school.Urn);
        var pupils = new List<DemoPupil>();
        for (var ncYear = school.FirstYear - 1; ncYear <= school.LastYear; ncYear++)
        {
            var size = school.PerYear - random.Next(school.PerYear / 8 + 1);
            var started = DemoCalendar.FirstYear - (ncYear - school.FirstYear);
            var admitted = ncYear < school.FirstYear ? DemoCalendar.YearStart(DemoCalendar.ProgrammeYear) : new DateOnly(started, 9, 3);
            for (var serial = 1; serial <= size; serial++)
                pupils.Add(Pupil(random, school, ncYear, Upn(school, started, serial), admitted));
        }
        foreach (var year in DemoCalendar.Years)
        {
            var (start, end) = (DemoCalendar.YearStart(year), DemoCalendar.YearEnd(year));
            var joiners = (int)Math.Round(pupils.Count(p => p.OnRoll(start)) * LeavingChance(school.Phase));
            for (var joiner = 1; joiner <= joiners; joiner++)
            {
                var ncYear = random.Next(school.FirstYear, school.LastYear + 1) - (year - DemoCalendar.FirstYear);
                pupils.Add(Pupil(random, school, ncYear, Upn(school, year, 500 + joiner), DemoCalendar.SchoolDay(random, start.AddDays(14), end.AddDays(-30))));
            }
        }
        return pupils;
    }

    private static DemoPupil Pupil(Random random, DemoSchool school, int firstNcYear, string upn, DateOnly admitted)
    {
        var phase = school.Phase;
        var sen = phase switch
        {
            DemoPhase.Special => random.NextDouble() < 0.95 ? "E" : "K",
            DemoPhase.AlternativeProvision => random.NextDouble() switch { < 0.15 => "E", < 0.55 => "K", _ => "N" },
            _ => random.NextDouble() switch { < 0.025 => "E", < 0.15 => "K", _ => "N" },
        };
        var fsmChance = (phase is DemoPhase.Special or DemoPhase.AlternativeProvision ? 0.45 : 0.24) * (1 + 2 * school.AbsenceShift);
        var fsm = random.NextDouble() < fsmChance;
        var stable = random.Normal();
        var rates = DemoAbsence.Rates(random, school, firstNcYear, sen, fsm, stable);
        var behaviour = Math.Exp(0.9 * (0.4 * stable + 0.92 * random.Normal()) - 0.405);
        var belonging = -0.3 * stable + 0.95 * random.Normal() + (sen == "N" ? 0 : -0.2);
        var (until, destination) = Stay(random, school, firstNcYear, admitted, behaviour);
        return new DemoPupil(
            upn, school, random.NextDouble() < 0.5 ? "F" : "M", firstNcYear, sen, fsm, fsm || random.NextDouble() < 0.08,
            random.NextDouble() < 0.2 ? "OTH" : "ENG", random.Pick(Ethnicities), admitted, until, destination, rates, behaviour, belonging);
    }

    /// <summary>The pupil's last day on the roll, and where they went when they left during a year.</summary>
    private static (DateOnly Until, string? Destination) Stay(Random random, DemoSchool school, int firstNcYear, DateOnly admitted, double behaviour)
    {
        var years = DemoCalendar.Years.Where(y => firstNcYear + y - DemoCalendar.FirstYear is var nc && nc >= school.FirstYear && nc <= school.LastYear).ToList();
        foreach (var year in years)
        {
            var from = admitted > DemoCalendar.YearStart(year) ? admitted : DemoCalendar.YearStart(year);
            if (from.AddDays(40) >= DemoCalendar.YearEnd(year))
                continue;
            var leaving = DemoCalendar.SchoolDay(random, from.AddDays(20), DemoCalendar.YearEnd(year).AddDays(-14));
            if (random.NextDouble() < ExclusionChance(school.Phase) * behaviour)
                return (leaving, PermanentlyExcluded);
            if (random.NextDouble() < LeavingChance(school.Phase))
                return (leaving, school.Phase == DemoPhase.AlternativeProvision && random.NextDouble() < 0.7 ? "Returned to a mainstream school" : random.Pick(Destinations));
        }
        return (DemoCalendar.YearEnd(years.Count == 0 ? DemoCalendar.FirstYear : years[^1]), null);
    }

    /// <summary>A well-formed UPN with a valid check letter: the school's LA and establishment, the year issued, a serial.</summary>
    private static string Upn(DemoSchool school, int issued, int serial)
    {
        var digits = $"{school.LaCode:000}{school.Estab:0000}{issued % 100:00}{serial:000}";
        return Common.Upn.CheckLetter(digits) + digits;
    }
}
