using BelongingInsights.Warehouse.MartRefresh;
using static BelongingInsights.TestSupport.SurveyCsv;

[assembly: AssemblyFixture(typeof(BelongingInsights.Warehouse.Tests.ScopedProgramme))]

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// A programme of two trusts with two schools each and a maintained school in no trust, every school with attendance,
/// a 360 audit and a baseline and endline survey of its own twelve linked pupils, and England's published attendance
/// (its local authority, 202, is Camden's code there); loaded once for the whole assembly, read by its tests, written by none.
/// </summary>
public sealed class ScopedProgramme : IDisposable
{
    public const string Alpha = "Alpha Learning Trust";
    public const string Beta = "Beta Trust";
    public const string NoTrust = "No trust";
    public const string AllSchools = "All schools";
    public const string Instrument = "pisa-belonging";

    private const int PupilsPerSchool = 12;

    /// <summary>Each school's URN and trust (empty for the maintained school).</summary>
    public static readonly IReadOnlyList<(int Urn, string Trust)> Schools =
        [(100001, Alpha), (100002, Alpha), (100003, Beta), (100004, Beta), (100005, "")];

    public ScopedProgramme()
    {
        Warehouse.ImportSample("dfe/attendance_ytd_2024-25.csv");
        Warehouse.ImportLeavingMartsStale("urn,laestab,school_name,phase,trust,local_authority\n"
            + string.Concat(Schools.Select(s => $"{s.Urn},{2020000 + s.Urn % 1000},{SchoolName(s.Urn)},primary,{s.Trust},202\n")), "schools.csv");
        for (var i = 0; i < Schools.Count; i++)
        {
            var urn = Schools[i].Urn;
            var firstPupil = 1 + i * PupilsPerSchool;
            var pupils = Enumerable.Range(firstPupil, PupilsPerSchool).ToList();
            Warehouse.ImportLeavingMartsStale(AttendanceCsv.WithAbsences(urn, [.. pupils.Select(p => p % 7)], school: SchoolName(urn), firstPupil: firstPupil), $"attendance-{urn}.csv");
            Warehouse.ImportLeavingMartsStale(AuditCsv.For(urn, "baseline", ("Creating an inclusive culture", "A", "Fully met")), $"audit-{urn}.csv");
            Warehouse.ImportLeavingMartsStale(For(Instrument, urn, pupils.Select(p => Everywhere(p, 2 + p % 2))), $"baseline-{urn}.csv", wave: "baseline");
            Warehouse.ImportLeavingMartsStale(For(Instrument, urn, pupils.Select(p => Everywhere(p, 3))), $"endline-{urn}.csv", wave: "endline");
        }
        Warehouse.Get<MartRefresher>().Refresh();
    }

    public WarehouseHarness Warehouse { get; } = new(("Warehouse:SuppressionThreshold", "1"));

    public static string SchoolName(int urn) => $"School {urn}";

    public void Dispose() => Warehouse.Dispose();

    private static Respondent Everywhere(int pupil, int score) => new(pupil, [.. Enumerable.Repeat<int?>(score, 6)]);
}
