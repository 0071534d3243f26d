namespace BelongingInsights.Performance.Peers;

/// <summary>The performance run's own <c>.sql</c> files, embedded under their path.</summary>
internal static class EmbeddedSql
{
    public static string Get(string path)
    {
        using var stream = typeof(EmbeddedSql).Assembly.GetManifestResourceStream(path)
            ?? throw new InvalidOperationException($"No embedded SQL script named {path}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
