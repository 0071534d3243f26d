using System.Text;
using BelongingInsights.Etl.Audit;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// A 360 audit of two demonstration schools at baseline and endline: three items per area, rated a little better at
/// the end, most in inclusive culture and least in positive relationships, as in the Belonging Matters pilot.
/// </summary>
public static class DemoAuditExport
{
    private static readonly string[][] Items =
    [
        ["Every pupil has a trusted adult in school", "Pupils' identities are reflected in the curriculum", "Pupils help shape the school's values"],
        ["Belonging survey results are reviewed by leaders", "Attendance and behaviour policies are relational", "Staff are trained in relational practice"],
        ["Staff greet pupils by name", "Restorative conversations follow incidents", "Peer mentoring is open to every year group"],
        ["Clubs are open to all pupils", "Trips are affordable for every family", "Pupils lead at least one activity"],
    ];

    private static readonly string[] Ratings = ["Not yet met", "Partially met", "Fully met"];

    /// <summary>Baseline and endline scores (0 to 2) per item, area by area, for each audited school.</summary>
    private static readonly (int Urn, int[] Baseline, int[] Endline)[] Audits =
    [
        (900101, [1, 0, 0, 1, 1, 0, 1, 1, 0, 2, 1, 0], [2, 2, 1, 2, 1, 1, 1, 1, 1, 2, 2, 1]),
        (900102, [0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1], [2, 1, 1, 1, 1, 1, 1, 0, 1, 2, 1, 1]),
    ];

    public static string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var csv = new StringBuilder("URN,Round,Area,Item,Rating,Evidence,Chosen action\n");
        foreach (var (urn, baseline, endline) in Audits)
        {
            foreach (var (round, scores) in new[] { ("Baseline", baseline), ("Endline", endline) })
            {
                for (var item = 0; item < scores.Length; item++)
                {
                    var area = AuditCodes.Areas[item / 3];
                    var action = scores[item] == 2 ? "" : "Review at the next leadership meeting";
                    csv.Append($"{urn},{round},\"{area}\",{Items[item / 3][item % 3]},{Ratings[scores[item]]},Seen on a learning walk,{action}\n");
                }
            }
        }
        var path = Path.Combine(directory, "audit-360.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
