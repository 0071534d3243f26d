using System.Text;

namespace BelongingInsights.TestSupport;

/// <summary>Builds behaviour and suspensions exports for tests; pupil i has the UPN of <see cref="AttendanceCsv.Upn"/>.</summary>
public static class IncidentCsv
{
    public static string Behaviour(int urn, params (int Pupil, string Date, string Type)[] incidents)
    {
        var csv = new StringBuilder("UPN,URN,Incident Date,Incident Type,Points,Location,Action Taken,Comments\n");
        foreach (var (pupil, date, type) in incidents)
            csv.Append($"{AttendanceCsv.Upn(pupil)},{urn},{date},{type},2,Classroom,Detention,\"Told off by Mr Smith\"\n");
        return csv.ToString();
    }

    public static string Suspensions(int urn, params (int Pupil, string Start, string Category, string Sessions, string Reason)[] exclusions)
    {
        var csv = new StringBuilder("UPN,URN,Start Date,Category,Sessions,Reason 1\n");
        foreach (var (pupil, start, category, sessions, reason) in exclusions)
            csv.Append($"{AttendanceCsv.Upn(pupil)},{urn},{start},{category},{sessions},{reason}\n");
        return csv.ToString();
    }
}
