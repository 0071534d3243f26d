using System.Text;
using System.Text.RegularExpressions;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

/// <summary>
/// Writes docs/export-kinds.md from its template (the hand-written prose, <c>export-kinds.template.md</c> beside this
/// file) and the kinds' own declarations: <c>{{kinds}}</c> becomes the table of every kind, <c>{{kind code}}</c> that
/// kind's heading and <c>{{columns code}}</c> its columns, with their aliases and whether they are required.
/// </summary>
internal static partial class ExportKindsDocument
{
    public static string Generate(string template)
    {
        var missing = ExportKinds.All
            .Where(kind => !template.Contains($"{{{{kind {kind.Code}}}}}", StringComparison.Ordinal) || !template.Contains($"{{{{columns {kind.Code}}}}}", StringComparison.Ordinal))
            .Select(kind => kind.Code)
            .ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"export-kinds.template.md needs a {{{{kind code}}}} and a {{{{columns code}}}} for: {string.Join(", ", missing)}.");
        return Marker().Replace(template.ReplaceLineEndings("\n"), match => match.Groups["what"].Value switch
        {
            "kinds" => Kinds(),
            "kind" => $"## {Heading(Find(match))}",
            _ => Columns(Find(match)),
        });
    }

    private static ExportKindDefinition Find(Match match) => ExportKinds.All.Single(kind => kind.Code == match.Groups["code"].Value);

    private static string Heading(ExportKindDefinition kind) => $"{kind.Title}: `{kind.Code}`";

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Anchor(string heading) => NotInAnchor().Replace(heading.ToLowerInvariant(), "").Replace(' ', '-');

    private static string Kinds()
    {
        var text = new StringBuilder("| kind | `kind` on the API | layouts | who may load it |\n| --- | --- | --- | --- |");
        foreach (var kind in ExportKinds.All)
        {
            text.Append($"\n| [{kind.Title}](#{Anchor(Heading(kind))}) | `{kind.Code}` | {string.Join(", ", kind.Layouts.Select(l => $"`{l.Name}`"))} | ")
                .Append(kind.NeedsEverySchool ? "someone who sees every school" : "anyone, for the schools they see")
                .Append(" |");
        }
        return text.ToString();
    }

    /// <summary>One table per distinct set of fixed columns: survey instruments share theirs, long and wide marks do not.</summary>
    private static string Columns(ExportKindDefinition kind)
    {
        var groups = kind.Layouts.GroupBy(layout => string.Join("\n", layout.Columns.Where(c => !c.Loose).Select(Row))).ToList();
        var text = new StringBuilder();
        foreach (var group in groups)
        {
            var layouts = group.ToList();
            if (text.Length > 0)
                text.Append("\n\n");
            text.Append(groups.Count > 1 ? $"Layout {string.Join(", ", layouts.Select(l => $"`{l.Name}`"))}:\n\n" : "")
                .Append("| column | required | also accepted as |\n| --- | --- | --- |\n")
                .Append(group.Key);
            if (layouts.Any(l => l.Recognises is not null))
                text.Append("\n\nand the columns this layout recognises by their headers alone (described above).");
            var loose = layouts.Where(l => l.Columns.Any(c => c.Loose)).ToList();
            if (loose.Count > 0)
            {
                text.Append("\n\nplus a column per question, found by its wording: ")
                    .Append(string.Join("; ", loose.Select(l => $"`{l.Name}` needs {l.MinimumLooseMatches} of its {l.Columns.Count(c => c.Loose)}")))
                    .Append('.');
            }
        }
        return text.ToString();
    }

    private static string Row(ColumnSpec column) =>
        $"| {column.Name} | {(column.Required ? "yes" : "no")} | {string.Join(", ", column.Aliases)} |";

    [GeneratedRegex(@"\{\{(?<what>kinds|kind|columns)(?: (?<code>[a-z-]+))?\}\}")]
    private static partial Regex Marker();

    [GeneratedRegex("[^a-z0-9 -]")]
    private static partial Regex NotInAnchor();
}
