using System.Globalization;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// A fictional pupil of a demonstration school: census characteristics, the national curriculum year they were in
/// (or would have been in) in 2023/24, their days on the roll (<see cref="Destination"/> set when they left during a
/// year), how much school they miss each year, and how much trouble they get into and how much they feel they belong,
/// each against their school's usual.
/// </summary>
public sealed record DemoPupil(
    string Upn, DemoSchool School, string Gender, int FirstNcYear, string Sen, bool Fsm, bool Disadvantaged, string FirstLanguage,
    string Ethnicity, DateOnly Admitted, DateOnly Until, string? Destination, IReadOnlyList<double> AbsenceRates, double Behaviour, double Belonging)
{
    public DateOnly? Left => Destination is null ? null : Until;

    public int NcYear(int academicYear) => FirstNcYear + academicYear - DemoCalendar.FirstYear;

    public string NcYearCode(int academicYear) => NcYear(academicYear) is 0 ? "R" : NcYear(academicYear).ToString(CultureInfo.InvariantCulture);

    public double AbsenceRate(int academicYear) => AbsenceRates[academicYear - DemoCalendar.FirstYear];

    public bool OnRoll(DateOnly from, DateOnly to) => Admitted <= to && Until >= from;

    public bool OnRoll(DateOnly day) => OnRoll(day, day);
}
