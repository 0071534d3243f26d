using System.Globalization;

namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>
/// Where snapshots live: <c>&lt;DataDirectory&gt;/snapshots/&lt;timestamp&gt;/</c>, each named for when it was published
/// (UTC, sortable), holding <c>warehouse.duckdb</c> and a <c>parquet/</c> folder. A snapshot being written has a
/// name starting with <see cref="StagingPrefix"/>, so no reader ever opens a half-written one.
/// </summary>
public static class SnapshotFolders
{
    public const string DatabaseFile = "warehouse.duckdb";
    public const string ParquetFolder = "parquet";
    internal const string StagingPrefix = ".staging-";
    private const string NameFormat = "yyyyMMdd'T'HHmmssfff'Z'";

    public static string Root(WarehouseOptions options) => Path.GetFullPath(Path.Combine(options.DataDirectory, "snapshots"));

    public static string NameFor(DateTimeOffset publishedAt) => publishedAt.UtcDateTime.ToString(NameFormat, CultureInfo.InvariantCulture);

    /// <summary>The published snapshots' folders, newest first.</summary>
    public static IReadOnlyList<string> Published(string root) =>
        Directory.Exists(root)
            ? [.. Directory.EnumerateDirectories(root)
                .Where(path => DateTime.TryParseExact(Path.GetFileName(path), NameFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                .OrderDescending(StringComparer.Ordinal)]
            : [];

    /// <summary>The newest snapshot's DuckDB file, or null before the first publish.</summary>
    public static string? LatestDatabase(string root) =>
        Published(root).Select(folder => Path.Combine(folder, DatabaseFile)).FirstOrDefault(File.Exists);
}
