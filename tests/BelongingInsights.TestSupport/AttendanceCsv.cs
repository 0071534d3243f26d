using System.Text;

namespace BelongingInsights.TestSupport;

/// <summary>Builds attendance summary exports with valid UPNs for tests.</summary>
public static class AttendanceCsv
{
    public const string Header = "UPN,URN,School Name,Start Date,End Date,Possible Sessions,Present,AEA,Authorised Absence,Unauthorised Absence";

    public static string Upn(int pupil) => TestUpn.Of($"9012101{pupil:00000}");

    /// <summary>One row per pupil, all at one school and period, each absent <paramref name="absent"/> of 100 sessions.</summary>
    public static string For(int urn, int pupils, int absent = 5, string start = "02/09/2024", string end = "20/12/2024", string school = "Test School") =>
        WithAbsences(urn, Enumerable.Repeat(absent, pupils).ToArray(), start, end, school);

    /// <summary>
    /// One row per pupil, pupil i absent <c>absences[i]</c> of 100 sessions (authorised half, rounded up); pupils are
    /// numbered from <paramref name="firstPupil"/>.
    /// </summary>
    public static string WithAbsences(int urn, int[] absences, string start = "02/09/2024", string end = "20/12/2024", string school = "Test School", int firstPupil = 1)
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var pupil = 1; pupil <= absences.Length; pupil++)
        {
            var absent = absences[pupil - 1];
            csv.Append($"{Upn(firstPupil + pupil - 1)},{urn},{school},{start},{end},100,{100 - absent},0,{absent - absent / 2},{absent / 2}\n");
        }
        return csv.ToString();
    }

    /// <summary>
    /// An export as a school's MIS writes it, pupils' names included: <paramref name="pupils"/> pupils from
    /// <paramref name="firstPupil"/>, their UPNs from the URN's last three digits and their number.
    /// </summary>
    public static string WithNames(int urn, string school, int pupils, int firstPupil = 1)
    {
        var csv = new StringBuilder("UPN,URN,School Name,Forename,Surname,Start Date,End Date,Possible Sessions,Present,AEA,Authorised Absence,Unauthorised Absence\n");
        for (var pupil = firstPupil; pupil < firstPupil + pupils; pupil++)
            csv.Append($"{TestUpn.Of($"{urn % 1000:000}{pupil:000000000}")},{urn},{school},Alex,Pupil{pupil},02/09/2024,20/12/2024,144,{130 - pupil % 7},0,{10 + pupil % 7},4\n");
        return csv.ToString();
    }
}
