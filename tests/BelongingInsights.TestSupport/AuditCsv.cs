using System.Text;

namespace BelongingInsights.TestSupport;

/// <summary>Builds school 360 audits for tests: one row per rated item of one school in one round.</summary>
public static class AuditCsv
{
    public const string Header = "URN,Round,Area,Item,Rating,Evidence,Chosen action";

    public static string For(int urn, string round, params (string Area, string Item, string Rating)[] items)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var (area, item, rating) in items)
            csv.Append($"{urn},{round},{area},{item},{rating},Seen on a learning walk,\n");
        return csv.ToString();
    }
}
