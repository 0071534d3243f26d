using System.Text;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>Builds attendance summary exports with valid UPNs for tests.</summary>
internal static class AttendanceCsv
{
    public const string Header = "UPN,URN,School Name,Start Date,End Date,Possible Sessions,Present,AEA,Authorised Absence,Unauthorised Absence";

    public static string Upn(int pupil)
    {
        var digits = $"9012101{pupil:00000}";
        return Etl.Common.Upn.CheckLetter(digits) + digits;
    }

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
}
