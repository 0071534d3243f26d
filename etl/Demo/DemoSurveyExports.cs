using System.Globalization;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Writes the demonstration's Belonging Matters questionnaires, baseline (October 2024) and endline (June 2025):
/// pupils from Year 3 up, with their UPN except at the two schools that ran it anonymously (and the few who left it
/// blank elsewhere); parents and staff anonymously. Levels are the pilot's; changes are modest and mixed: most items
/// up a few points, some flat, one down. Primary pupils feel they belong more than secondary ones, and pupils who miss
/// more school less. Seeded, so every run writes the same answers.
/// </summary>
public static class DemoSurveyExports
{
    /// <summary>Per item, the baseline percentage positive and its change by the endline, in points.</summary>
    private static readonly Dictionary<string, (double, double)> PupilTargets = new()
    {
        ["belong"] = (65, 4), ["teachers_interested"] = (49, 3), ["support_work"] = (56, 2), ["safe"] = (71, 1),
        ["lonely"] = (87, 0), ["friendly"] = (75, 1), ["trusted_adult"] = (72, 5), ["included"] = (74, 2),
        ["liked_by_pupils"] = (67, 0), ["respected_by_teachers"] = (78, 1), ["treated_fairly"] = (69, -3), ["happy_part"] = (74, 2),
    };

    private static readonly Dictionary<string, (double, double)> ParentTargets = new()
    {
        ["child_belongs"] = (80, 1), ["child_happy"] = (84, 1), ["child_supported"] = (70, 4),
        ["staff_know_child"] = (76, 2), ["parent_part_of_community"] = (58, 5), ["parent_welcome"] = (82, -2),
    };

    private static readonly Dictionary<string, (double, double)> StaffTargets = new()
    {
        ["staff_belong"] = (76, 3), ["staff_know_pupils"] = (90, 0), ["pupils_trust_staff"] = (79, 2),
        ["time_for_relationships"] = (44, -4), ["school_values_belonging"] = (68, 3), ["staff_supported"] = (61, 1),
    };

    /// <summary>A wave: its name, first day, and the share of pupils, parents (per pupil) and staff who answer.</summary>
    private sealed record Wave(string Name, DateOnly Day, double Pupils, double Parents, double Staff);

    private static readonly Wave[] Waves =
    [
        new("baseline", DemoCalendar.BaselineSurvey, 0.8, 0.10, 0.8),
        new("endline", DemoCalendar.EndlineSurvey, 0.7, 0.085, 0.6),
    ];

    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        return
        [
            DemoSurveyFile.Write(Path.Combine(directory, "pupil-survey.csv"), "ncb-pupil", Pupils(), PupilTargets, 31),
            DemoSurveyFile.Write(Path.Combine(directory, "parent-survey.csv"), "ncb-parent", Adults(41, school => Roll(school), w => w.Parents), ParentTargets, 43),
            DemoSurveyFile.Write(Path.Combine(directory, "staff-survey.csv"), "ncb-staff", Adults(47, school => Roll(school) / 14.0 + 8, w => w.Staff), StaffTargets, 53),
        ];
    }

    private static List<DemoRespondent> Pupils()
    {
        var random = new Random(29);
        var respondents = new List<DemoRespondent>();
        foreach (var (wave, day, rate) in Waves.Select(w => (w.Name, w.Day, w.Pupils)))
        {
            foreach (var school in DemoSchools.All)
            {
                var lift = wave == "endline" ? 0.15 * random.Normal() : 0;
                var answering = DemoPupils.For(school)
                    .Where(p => p.OnRoll(day) && p.NcYear(DemoCalendar.ProgrammeYear) >= 3 && random.NextDouble() < rate * (school.AnonymousSurvey ? 0.95 : 1));
                foreach (var p in answering)
                {
                    var upn = school.AnonymousSurvey || random.NextDouble() < 0.05 ? "" : p.Upn;
                    var belonging = School(school) + lift + p.Belonging - 3 * (p.AbsenceRate(DemoCalendar.ProgrammeYear) - 0.07)
                        - (school.Phase == DemoPhase.Secondary ? 0.08 * (p.NcYear(DemoCalendar.ProgrammeYear) - 7) : 0) + 0.4 * random.Normal();
                    respondents.Add(new DemoRespondent(
                        school.Urn, wave, DemoCalendar.SchoolDay(random, day, day.AddDays(11)), upn, p.Gender == "F" ? "Girl" : "Boy",
                        p.Sen == "N" ? "No" : "Yes", "Year " + p.NcYear(DemoCalendar.ProgrammeYear).ToString(CultureInfo.InvariantCulture), belonging));
                }
            }
        }
        return respondents;
    }

    private static List<DemoRespondent> Adults(int seed, Func<DemoSchool, double> people, Func<Wave, double> rate)
    {
        var random = new Random(seed);
        return [.. Waves.SelectMany(w => DemoSchools.All.SelectMany(school =>
            Enumerable.Range(0, (int)Math.Round(people(school) * rate(w))).Select(_ => new DemoRespondent(
                school.Urn, w.Name, DemoCalendar.SchoolDay(random, w.Day, w.Day.AddDays(11)), "", "", "", "", School(school) + random.Normal()))))];
    }

    private static int Roll(DemoSchool school) => DemoPupils.For(school).Count(p => p.OnRoll(DemoCalendar.BaselineSurvey));

    /// <summary>How much a school's pupils feel they belong against the programme's: primaries most, alternative provision least.</summary>
    private static double School(DemoSchool school) => school.BelongingShift + school.Phase switch
    {
        DemoPhase.Primary => 0.5,
        DemoPhase.Secondary => -0.3,
        DemoPhase.Special => 0.2,
        _ => -0.5,
    };
}
