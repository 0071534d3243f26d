using System.Text;

namespace BelongingInsights.TestSupport;

/// <summary>Builds pupil characteristics exports for tests; pupil i has the UPN of <see cref="AttendanceCsv.Upn"/>.</summary>
public static class CensusCsv
{
    public const string Header = "UPN,URN,Census Date,Gender,NC Year,SEN Provision,FSM Eligible,FSM6,First Language,Ethnicity,Admission Date,Leaving Date,Destination";

    public static string For(int urn, string censusDate, params (int Pupil, string Gender, string Sen)[] pupils) =>
        With(urn, censusDate, pupils.Select(p => (p.Pupil, p.Gender, p.Sen, "", "")).ToArray());

    public static string With(int urn, string censusDate, params (int Pupil, string Gender, string Sen, string Left, string Destination)[] pupils)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var (pupil, gender, sen, left, destination) in pupils)
            csv.Append($"{AttendanceCsv.Upn(pupil)},{urn},{censusDate},{gender},7,{sen},N,N,ENG,WBRI,02/09/2024,{left},{destination}\n");
        return csv.ToString();
    }
}
