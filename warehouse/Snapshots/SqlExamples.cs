namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>The SQL workbench's example queries (<c>Snapshots/Examples/*.sql</c>), each titled by its first comment line.</summary>
public static class SqlExamples
{
    public sealed record Example(string Title, string Sql);

    public static IReadOnlyList<Example> All { get; } =
    [
        .. SqlScripts.Under("Snapshots/Examples").Select(SqlScripts.Get).Select(sql =>
            new Example(sql.Split('\n', 2)[0].TrimStart('-', ' ').Trim(), sql.Trim())),
    ];
}
