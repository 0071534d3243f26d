using System.Text;
using BelongingInsights.Etl.Audit;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// A 360 audit of every demonstration school at baseline (September 2024) and endline (July 2025): three items per
/// area, mostly not yet or partly met at the start and some of them fully met by the end, most in inclusive culture and
/// least in positive relationships, as in the Belonging Matters pilot. Seeded, so every run rates the same.
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

    /// <summary>Per area, the chance an item is fully met by the endline.</summary>
    private static readonly double[] Gains = [0.75, 0.45, 0.15, 0.4];

    public static string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(360);
        var csv = new StringBuilder("URN,Round,Area,Item,Rating,Evidence,Chosen action\n");
        foreach (var school in DemoSchools.All)
        {
            var baseline = Enumerable.Range(0, 12).Select(_ => random.NextDouble() switch { < 0.3 => 0, < 0.85 => 1, _ => 2 }).ToArray();
            var endline = baseline.Select((score, item) => random.NextDouble() < Gains[item / 3] ? 2 : score).ToArray();
            foreach (var (round, scores) in new[] { ("Baseline", baseline), ("Endline", endline) })
            {
                for (var item = 0; item < scores.Length; item++)
                {
                    var area = AuditCodes.Areas[item / 3];
                    var action = scores[item] == 2 ? "" : "Review at the next leadership meeting";
                    csv.Append($"{school.Urn},{round},\"{area}\",{Items[item / 3][item % 3]},{Ratings[scores[item]]},Seen on a learning walk,{action}\n");
                }
            }
        }
        var path = Path.Combine(directory, "audit-360.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
