using System.Text;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>Attendance summary exports with valid UPNs, as a school's MIS would write them.</summary>
internal static class Exports
{
    public static string AttendanceSummary(int urn, string school, int pupils, int firstPupil = 1)
    {
        var csv = new StringBuilder("UPN,URN,School Name,Forename,Surname,Start Date,End Date,Possible Sessions,Present,AEA,Authorised Absence,Unauthorised Absence\n");
        for (var pupil = firstPupil; pupil < firstPupil + pupils; pupil++)
        {
            var digits = $"{urn % 1000:000}{pupil:000000000}";
            csv.Append($"{Upn.CheckLetter(digits)}{digits},{urn},{school},Alex,Pupil{pupil},02/09/2024,20/12/2024,144,{130 - pupil % 7},0,{10 + pupil % 7},4\n");
        }
        return csv.ToString();
    }

    public static MultipartFormDataContent Form(string csv, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName } };
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        return form;
    }
}
