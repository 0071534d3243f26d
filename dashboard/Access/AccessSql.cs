using System.Collections.Concurrent;

namespace BelongingInsights.Dashboard.Access;

/// <summary>The user store's <c>.sql</c> files, embedded from <c>Access/Sql</c>.</summary>
internal static class AccessSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Get(string name) => Cache.GetOrAdd(name, Load);

    private static string Load(string name)
    {
        using var stream = typeof(AccessSql).Assembly.GetManifestResourceStream($"Access/Sql/{name}")
            ?? throw new InvalidOperationException($"No embedded SQL script named {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
