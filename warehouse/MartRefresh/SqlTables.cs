using System.Text.RegularExpressions;

namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>
/// The tables a SQL script reads and writes, read off its text: what follows <c>from</c> or <c>join</c> (not a
/// function call, not <c>delete from</c>), and what follows <c>create [or replace] [temp] table</c>,
/// <c>insert into</c>, <c>update</c> and <c>delete from</c>. Common table expressions and column names are listed
/// too; that only widens what a script is taken to read, never narrows it.
/// </summary>
public static partial class SqlTables
{
    public static IReadOnlySet<string> Reads(string sql) => Names(ReadPattern(), sql);

    public static IReadOnlySet<string> Writes(string sql) => Names(WritePattern(), sql);

    private static HashSet<string> Names(Regex pattern, string sql) =>
        pattern.Matches(CommentPattern().Replace(sql, " "))
            .Select(match => match.Groups["table"].Value.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"(?<!\bdelete\s+)\b(?:from|join)\s+(?<table>[a-z_][a-z0-9_]*)\b(?!\s*\()", RegexOptions.IgnoreCase)]
    private static partial Regex ReadPattern();

    [GeneratedRegex(@"\b(?:create\s+(?:or\s+replace\s+)?(?:temp\s+|temporary\s+)?table\s+(?:if\s+not\s+exists\s+)?|insert\s+into\s+|update\s+|delete\s+from\s+)(?<table>[a-z_][a-z0-9_]*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WritePattern();
}
