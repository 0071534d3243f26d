using System.Net.Http.Json;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>The tests that share <see cref="DemoHost"/>: one after another, since some of them send files of their own.</summary>
[CollectionDefinition(nameof(DemoHost))]
public sealed class DemoHostCollection : ICollectionFixture<DemoHost>;

/// <summary>
/// A host with the demonstration data loaded and its last snapshot published, an evaluator and a trust user: loading the
/// demonstration is the dearest start there is, so the workbench, the dashboard's own browser tests and the page speed
/// measurement share one. A test that sends a file waits for its snapshot (<see cref="WaitForLastSnapshotAsync"/>) before it ends.
/// </summary>
public sealed class DemoHost : IAsyncLifetime
{
    /// <summary>The workbench's row limit on this host.</summary>
    public const int RowLimit = 50;

    public DashboardHost Host { get; private set; } = null!;

    public HttpClient Evaluator { get; private set; } = null!;

    public HttpClient Trust { get; private set; } = null!;

    /// <summary>A second evaluator: opens what the first shares, may not delete it.</summary>
    public HttpClient Colleague { get; private set; } = null!;

    public string EvaluatorEmail => EvaluatorUser.Email;

    internal AccessClient.TestUser EvaluatorUser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Host = await DashboardHost.StartAsync(null, seedDemo: true, settings: new Dictionary<string, string>
        {
            ["Snapshots__RowLimit"] = RowLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Snapshots__QueryTimeoutSeconds"] = "2",
        });
        var evaluator = await Host.CreateUserAsync("evaluator");
        EvaluatorUser = evaluator;
        Evaluator = Host.ClientWithToken((await Host.CreateTokenAsync(evaluator.Id)).Token);
        Colleague = Host.ClientWithToken((await Host.CreateTokenAsync((await Host.CreateUserAsync("evaluator")).Id)).Token);
        var trust = await Host.CreateUserAsync("trust", trusts: ["Demo Trust"]);
        Trust = Host.ClientWithToken((await Host.CreateTokenAsync(trust.Id)).Token);
        await WaitForLastSnapshotAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Evaluator.Dispose();
        Trust.Dispose();
        Colleague.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>
    /// Waits until every demonstration import and every file a test sent has succeeded and a snapshot was published after
    /// the last of them finished: the one worker runs the refresh that published it after every import, so it holds them all.
    /// The demonstration's imports run one after another on that worker: allow for a busy machine.
    /// </summary>
    public async Task WaitForLastSnapshotAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(420);
        while (true)
        {
            var imports = await Host.Client.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports");
            if (imports is not null && imports.Count >= Host.DemoFileCount && imports.All(i => i.Status == "succeeded")
                && LatestSnapshot(Host) is { } latest
                && DateTime.ParseExact(Path.GetFileName(latest), "yyyyMMdd'T'HHmmssfff'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal)
                    > imports.Max(i => i.FinishedAt!.Value))
                return;
            Assert.True(DateTime.UtcNow < deadline,
                $"The demonstration data and its snapshot did not arrive within 420 s: {string.Join(", ", imports!.Select(i => $"{i.FileName} {i.Status} {i.Message}"))}");
            await Task.Delay(500);
        }
    }

    /// <summary>The newest snapshot's folder, if one was published.</summary>
    public static string? LatestSnapshot(DashboardHost host) =>
        Directory.Exists(Path.Combine(host.DataDirectory, "snapshots"))
            ? Directory.EnumerateDirectories(Path.Combine(host.DataDirectory, "snapshots"))
                .Where(d => !Path.GetFileName(d).StartsWith('.'))
                .OrderDescending(StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
}
