namespace BelongingInsights.TestSupport;

/// <summary>The sample exports a test project copies beside its assembly, under <c>Samples/</c>.</summary>
public static class SampleFiles
{
    public static string PathOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Samples", .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));
}
