using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>
/// One script under <c>Marts/</c>, with everything the refresh reads off its path and text: its stage (its folder),
/// the tables it reads and writes (<see cref="SqlTables"/>), the mart whose cells it fills (a <c>2_cells</c> script
/// named <c>work_&lt;mart&gt;_cell.sql</c>), and whether it repeats until it changes no row (a name ending in
/// <c>secondary_suppression.sql</c>). <see cref="All"/> is every script in the order the refresh runs them.
/// </summary>
public sealed partial class MartScript
{
    public const string Root = "Marts";

    public static readonly FrozenDictionary<string, MartStage> StageFolders = new Dictionary<string, MartStage>
    {
        ["1_work"] = MartStage.Work,
        ["2_cells"] = MartStage.Cells,
        ["3_suppression"] = MartStage.Suppression,
        ["4_marts"] = MartStage.Mart,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyList<MartScript>> Scripts = new(() =>
        [.. SqlScripts.Under(Root).Select(Of).OrderBy(s => s.Stage).ThenBy(s => s.Name, StringComparer.Ordinal)]);

    private MartScript(string path, MartStage stage, string sql)
    {
        Path = path;
        Stage = stage;
        Sql = sql;
        Name = System.IO.Path.GetFileName(path);
        Reads = SqlTables.Reads(sql);
        Writes = SqlTables.Writes(sql);
        CellsOf = stage == MartStage.Cells && CellsName().Match(Name) is { Success: true } match ? match.Groups["mart"].Value : null;
    }

    public static IReadOnlyList<MartScript> All => Scripts.Value;

    /// <summary>The embedded resource's name, such as <c>Marts/4_marts/mart_roll_exit.sql</c>.</summary>
    public string Path { get; }

    public string Name { get; }

    public MartStage Stage { get; }

    public string Sql { get; }

    public IReadOnlySet<string> Reads { get; }

    public IReadOnlySet<string> Writes { get; }

    /// <summary>The mart whose suppression cells this script fills, or null for any other script.</summary>
    public string? CellsOf { get; }

    public bool RepeatsUntilUnchanged => Name.EndsWith("secondary_suppression.sql", StringComparison.Ordinal);

    private static MartScript Of(string path)
    {
        var folder = path[(Root.Length + 1)..path.LastIndexOfAny(['/', '\\'])];
        if (!StageFolders.TryGetValue(folder, out var stage))
            throw new InvalidOperationException($"The mart script {path} is in no stage folder ({string.Join(", ", StageFolders.Keys)}).");
        return new MartScript(path, stage, SqlScripts.Get(path));
    }

    [GeneratedRegex("^work_(?<mart>[a-z0-9_]+)_cell\\.sql$")]
    private static partial Regex CellsName();
}
