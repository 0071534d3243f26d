using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BelongingInsights.TestSupport;

namespace BelongingInsights.Performance;

/// <summary>
/// The ingest as a sender sees it: the real dashboard process, the marks file posted to <c>POST /api/imports</c>, timed
/// from the start of the upload until the import's <c>martsRefreshedAt</c> (the server's own clock, on the same machine),
/// when the dashboard shows it. The same pupils' census, suspensions and surveys go first, untimed, as in the in-process
/// run, and the timed upload starts once the server is idle again: their marts refreshed and the evaluators' snapshot
/// that follows published, as the in-process run starts on a warehouse that nothing else is using.
/// </summary>
public static class ApiIngest
{
    private static readonly TimeSpan Patience = TimeSpan.FromHours(1);

    public static async Task<TimeSpan> MeasureAsync(string csv, IReadOnlyList<string> pupilFiles, TextWriter progress)
    {
        await using var host = await DashboardHost.StartAsync(null, settings: UploadLimitFor(csv));
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = Patience };
        client.DefaultRequestHeaders.Authorization = host.Client.DefaultRequestHeaders.Authorization;
        var shown = DateTime.MinValue;
        foreach (var file in pupilFiles)
            shown = Utc((await UntilShownAsync(client, await PostAsync(client, file, null))).MartsRefreshedAt!.Value);
        await UntilSnapshotAfterAsync(client, shown);

        var started = DateTime.UtcNow;
        var location = await PostAsync(client, csv, "attendance-marks");
        var import = await UntilShownAsync(client, location);
        progress.WriteLine($"Through the API, from the upload's start: received {After(started, import.ReceivedAt)}, "
            + $"loaded {After(started, import.FinishedAt)}, on the dashboard {After(started, import.MartsRefreshedAt)} (the server's clock)");
        progress.WriteLine($"The server's log of that import and the refresh after it:{Environment.NewLine}{await ServerLogAsync(host, location.OriginalString.Split('/')[^1])}");
        return Utc(import.MartsRefreshedAt!.Value) - started;
    }

    /// <summary>The server's upload limit (2 GB by default) raised to the file's size where the file is larger, as national scale's is.</summary>
    private static Dictionary<string, string> UploadLimitFor(string csv) => new()
    {
        ["Imports__MaxUploadMegabytes"] = Math.Max(2048, (new FileInfo(csv).Length >> 20) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The server's own timing of the import (its log line) and of the refresh after it, to split the time it took; the
    /// log reaches the host a moment after the API says the import is shown, so this waits a little for it.
    /// </summary>
    private static async Task<string> ServerLogAsync(DashboardHost host, string importId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var lines = host.Output.Split('\n');
            var import = Array.FindLastIndex(lines, line => line.Contains(importId, StringComparison.Ordinal) && line.Contains(" ms", StringComparison.Ordinal));
            var refresh = Array.FindLastIndex(lines, line => line.Contains("Refreshed marts", StringComparison.Ordinal));
            if (import >= 0 && refresh > import)
                return $"  {lines[import].Trim()}{Environment.NewLine}  {lines[refresh].Trim()}";
            if (DateTime.UtcNow > deadline)
                return "  (not in the server's log)";
            await Task.Delay(100);
        }
    }

    /// <summary>The API writes UTC times without their zone.</summary>
    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);

    private static string After(DateTime started, DateTime? at) =>
        at is { } time ? $"after {(Utc(time) - started).TotalSeconds:0.00} s" : "at an unknown time";

    private static async Task<Uri> PostAsync(HttpClient client, string path, string? kind)
    {
        await using var file = File.OpenRead(path);
        using var form = new MultipartFormDataContent();
        var content = new StreamContent(file, 1 << 20);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", Path.GetFileName(path));
        if (kind is not null)
            form.Add(new StringContent(kind), "kind");
        var response = await client.PostAsync("/api/imports", form);
        return response.StatusCode == HttpStatusCode.Accepted
            ? response.Headers.Location!
            : throw new InvalidOperationException($"{Path.GetFileName(path)} was refused: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The import once the dashboard shows it; an import that did not succeed ends the run.</summary>
    private static async Task<ApiImport> UntilShownAsync(HttpClient client, Uri location)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var import = await client.GetFromJsonAsync<ApiImport>(location) ?? throw new InvalidOperationException($"{location} answered nothing.");
            if (import.MartsRefreshedAt is not null)
                return import;
            if (import.Status is "rejected" or "failed")
                throw new InvalidOperationException($"{import.FileName} did not load: {import.Message}");
            await Task.Delay(100);
        }
        throw new TimeoutException($"{location} was not on the dashboard within {Patience}.");
    }

    /// <summary>Waits for the snapshot published after <paramref name="shown"/>, the last refresh: the one worker is then idle.</summary>
    private static async Task UntilSnapshotAfterAsync(HttpClient client, DateTime shown)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var snapshots = await client.GetFromJsonAsync<List<ApiSnapshot>>("/api/snapshots") ?? [];
            if (snapshots.Any(snapshot => snapshot.PublishedAt.UtcDateTime > shown))
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No snapshot was published within {Patience} after the marts were refreshed at {shown:O}.");
    }

    private sealed record ApiSnapshot(string Name, DateTimeOffset PublishedAt);

    private sealed record ApiImport(string FileName, string Status, string? Message, DateTime? ReceivedAt, DateTime? FinishedAt, DateTime? MartsRefreshedAt);
}
