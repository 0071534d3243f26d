using System.Globalization;

namespace BelongingInsights.Warehouse;

/// <summary>
/// Folders named for the moment they were made (UTC, sortable, such as <c>20261206T232914512Z</c>), as snapshots and
/// backups are. One is written under <see cref="StagingPrefix"/> and renamed into place whole, so no reader sees half.
/// </summary>
public static class TimeNamedFolders
{
    public const string StagingPrefix = ".staging-";
    private const string NameFormat = "yyyyMMdd'T'HHmmssfff'Z'";

    public static string NameFor(DateTimeOffset at) => at.UtcDateTime.ToString(NameFormat, CultureInfo.InvariantCulture);

    /// <summary>When the folder named <paramref name="name"/> was made, or null when it is not such a name.</summary>
    public static DateTimeOffset? TimeOf(string name) =>
        DateTime.TryParseExact(name, NameFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;

    /// <summary>The finished folders under <paramref name="root"/>, newest first.</summary>
    public static IReadOnlyList<string> In(string root) =>
        Directory.Exists(root)
            ? [.. Directory.EnumerateDirectories(root)
                .Where(path => TimeOf(Path.GetFileName(path)) is not null)
                .OrderDescending(StringComparer.Ordinal)]
            : [];
}
