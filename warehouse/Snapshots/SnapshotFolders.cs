using System.Globalization;

namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>
/// Where snapshots live: <c>&lt;DataDirectory&gt;/snapshots/&lt;timestamp&gt;/</c>, each named for when it was published
/// (UTC, sortable), holding <c>warehouse.duckdb</c>, <c>dictionary.csv</c> and a <c>parquet/</c> folder with a folder
/// per table. A snapshot being written has a name starting with <see cref="StagingPrefix"/>, so no reader ever opens a
/// half-written one.
/// </summary>
public static class SnapshotFolders
{
    public const string DatabaseFile = "warehouse.duckdb";
    public const string DictionaryFile = "dictionary.csv";
    public const string ParquetFolder = "parquet";
    internal const string StagingPrefix = ".staging-";
    private const string NameFormat = "yyyyMMdd'T'HHmmssfff'Z'";

    public static string Root(WarehouseOptions options) => Path.GetFullPath(Path.Combine(options.DataDirectory, "snapshots"));

    public static string NameFor(DateTimeOffset publishedAt) => publishedAt.UtcDateTime.ToString(NameFormat, CultureInfo.InvariantCulture);

    /// <summary>When the snapshot named <paramref name="name"/> was published, or null when it is not a snapshot's name.</summary>
    public static DateTimeOffset? PublishedAt(string name) =>
        DateTime.TryParseExact(name, NameFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;

    /// <summary>The published snapshots' folders, newest first.</summary>
    public static IReadOnlyList<string> Published(string root) =>
        Directory.Exists(root)
            ? [.. Directory.EnumerateDirectories(root)
                .Where(path => PublishedAt(Path.GetFileName(path)) is not null)
                .OrderDescending(StringComparer.Ordinal)]
            : [];

    /// <summary>The newest snapshot's DuckDB file, or null before the first publish.</summary>
    public static string? LatestDatabase(string root) =>
        Published(root).Select(folder => Path.Combine(folder, DatabaseFile)).FirstOrDefault(File.Exists);
}
