namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Each pupil's share of sessions missed in a year: log-normal around a level set by the phase (England's 2024/25
/// rates: about 5% missed in primaries, 9% in secondaries, 13% in special schools, far more in alternative
/// provision), higher with SEN or free school meals and in later secondary years, with a small group of chronic
/// absentees who miss a third of school or more. A stable part keeps a pupil's two years alike; the programme year
/// is a little better.
/// </summary>
public static class DemoAbsence
{
    private static (double Log, double Spread, double Chronic) Level(DemoPhase phase) => phase switch
    {
        DemoPhase.Primary => (-3.55, 0.95, 0.007),
        DemoPhase.Secondary => (-3.2, 1.0, 0.02),
        DemoPhase.Special => (-2.95, 0.85, 0.03),
        _ => (-1.75, 0.85, 0.15),
    };

    public static IReadOnlyList<double> Rates(Random random, DemoSchool school, int firstNcYear, string sen, bool fsm, double stable)
    {
        var (log, spread, chronicShare) = Level(school.Phase);
        var chronic = random.NextDouble() < chronicShare;
        return [.. DemoCalendar.Years.Select(year =>
        {
            if (chronic)
                return 0.3 + 0.6 * random.NextDouble();
            var yearGroup = school.Phase == DemoPhase.Secondary ? 0.06 * (firstNcYear + year - DemoCalendar.FirstYear - 9) : 0;
            var programme = year == DemoCalendar.ProgrammeYear ? -0.04 : 0;
            var rate = Math.Exp(log + school.AbsenceShift + yearGroup + programme + spread * (0.85 * stable + 0.53 * random.Normal()))
                * (sen == "N" ? 1 : 1.35) * (fsm ? 1.4 : 1);
            return Math.Min(rate, 0.95);
        })];
    }
}
