using System.Collections.Concurrent;

namespace BelongingInsights.Warehouse;

/// <summary>The warehouse's <c>.sql</c> files, embedded in the assembly under their path (e.g. <c>Attendance/load.sql</c>).</summary>
public static class SqlScripts
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Get(string path) => Cache.GetOrAdd(path, Load);

    public static IEnumerable<string> Under(string folder) =>
        typeof(SqlScripts).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(folder + "/", StringComparison.Ordinal) || name.StartsWith(folder + "\\", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Load(string path)
    {
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream(path)
            ?? throw new InvalidOperationException($"No embedded SQL script named {path}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
