namespace BelongingInsights.Etl.Demo;

/// <summary>
/// The demonstration's two academic years: 2023/24, the year before the programme, and 2024/25, the programme year,
/// with baseline surveys and audits in the autumn and endline ones in the summer. Absence runs lowest in the autumn
/// term and highest in the summer, as England's does.
/// </summary>
public static class DemoCalendar
{
    public const int FirstYear = 2023;
    public const int ProgrammeYear = 2024;

    public static readonly IReadOnlyList<int> Years = [FirstYear, ProgrammeYear];

    public static readonly IReadOnlyList<DemoTerm> Terms =
    [
        new(2023, new DateOnly(2023, 9, 4), new DateOnly(2023, 12, 20), 140, 0.90),
        new(2023, new DateOnly(2024, 1, 4), new DateOnly(2024, 3, 28), 120, 1.05),
        new(2023, new DateOnly(2024, 4, 15), new DateOnly(2024, 7, 23), 120, 1.07),
        new(2024, new DateOnly(2024, 9, 2), new DateOnly(2024, 12, 20), 140, 0.90),
        new(2024, new DateOnly(2025, 1, 6), new DateOnly(2025, 4, 4), 120, 1.05),
        new(2024, new DateOnly(2025, 4, 22), new DateOnly(2025, 7, 22), 120, 1.07),
    ];

    public static readonly DateOnly BaselineSurvey = new(2024, 10, 7);
    public static readonly DateOnly EndlineSurvey = new(2025, 6, 16);

    public static DateOnly YearStart(int year) => Terms.First(t => t.AcademicYear == year).Start;

    public static DateOnly YearEnd(int year) => Terms.Last(t => t.AcademicYear == year).End;

    /// <summary>A weekday between <paramref name="from"/> and <paramref name="to"/>, both included.</summary>
    public static DateOnly SchoolDay(Random random, DateOnly from, DateOnly to)
    {
        var day = from.AddDays(random.Next(Math.Max(1, to.DayNumber - from.DayNumber + 1)));
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(day.AddDays(2) <= to ? 2 : -1),
            DayOfWeek.Sunday => day.AddDays(day.AddDays(1) <= to ? 1 : -2),
            _ => day,
        };
    }

    /// <summary>A weekday in the terms of <paramref name="year"/> between the two dates.</summary>
    public static DateOnly? TermDay(Random random, int year, DateOnly from, DateOnly to)
    {
        var terms = Terms.Where(t => t.AcademicYear == year && t.Start <= to && t.End >= from).ToList();
        if (terms.Count == 0)
            return null;
        var term = terms[random.Next(terms.Count)];
        var start = term.Start < from ? from : term.Start;
        var end = term.End > to ? to : term.End;
        return start > end ? null : SchoolDay(random, start, end);
    }
}
