namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>
/// Where snapshots live: <c>&lt;DataDirectory&gt;/snapshots/&lt;timestamp&gt;/</c>, each named for when it was published
/// (<see cref="TimeNamedFolders"/>), holding <c>warehouse.duckdb</c>, <c>dictionary.csv</c> and a <c>parquet/</c> folder
/// with a folder per table.
/// </summary>
public static class SnapshotFolders
{
    public const string DatabaseFile = "warehouse.duckdb";
    public const string DictionaryFile = "dictionary.csv";
    public const string ParquetFolder = "parquet";

    public static string Root(WarehouseOptions options) => Path.GetFullPath(Path.Combine(options.DataDirectory, "snapshots"));

    /// <summary>The newest snapshot's DuckDB file, or null before the first publish.</summary>
    public static string? LatestDatabase(string root) =>
        TimeNamedFolders.In(root).Select(folder => Path.Combine(folder, DatabaseFile)).FirstOrDefault(File.Exists);
}
