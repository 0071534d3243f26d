namespace BelongingInsights.EndToEnd.Tests;

internal static class PagesClient
{
    /// <summary>A page's HTML once it holds <paramref name="marker"/>: the marts it reads refresh just after an import, so ask again until they have (at most 120 s).</summary>
    public static async Task<string> GetOnceShownAsync(this HttpClient client, string path, string marker)
    {
        var html = "";
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!html.Contains(marker, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            html = await client.GetStringAsync(path);
        }
        return html;
    }
}
