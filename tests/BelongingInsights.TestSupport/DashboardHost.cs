using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace BelongingInsights.TestSupport;

/// <summary>
/// The real dashboard host (Blazor pages, API, Hangfire server) running as its own process on 127.0.0.1,
/// with its own data directory. The Development environment makes it serve its static web assets from the build.
/// It starts with an administrator account (<see cref="AdminEmail"/>, <see cref="AdminPassword"/>) and an
/// administrator API token, which <see cref="Client"/> sends on every request; settings passed to
/// <see cref="StartAsync"/> override them (an empty value leaves a setting unset), and it starts on a given data directory
/// (a restored backup) or a new temporary one. <see cref="KillAsync"/> and
/// <see cref="RestartAsync"/> stop it as a crash would and start it again on the same data directory.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly ProcessStartInfo _start;
    private readonly StringBuilder _output = new();
    private Process _process = null!;

    private DashboardHost(ProcessStartInfo start, string dataDirectory, Uri baseAddress, IReadOnlyDictionary<string, string> settings)
    {
        _start = start;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
        AdminEmail = settings["Auth__AdminEmail"];
        AdminPassword = settings["Auth__AdminPassword"];
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (settings["Auth__AdminToken"] is { Length: > 0 } token)
            Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public string AdminEmail { get; }

    public string AdminPassword { get; }

    public string DataDirectory { get; }

    /// <summary>How many demonstration exports the host wrote on its first start (and so imports to wait for); 0 before it wrote them.</summary>
    public int DemoFileCount => Directory.Exists(Path.Combine(DataDirectory, "demo")) ? Directory.GetFiles(Path.Combine(DataDirectory, "demo")).Length : 0;

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static async Task<DashboardHost> StartAsync(
        string? hangfireConnectionString, bool seedDemo = false, IReadOnlyDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("bi-host-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepositoryPaths.DashboardAssembly);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["DataDirectory"] = dataDirectory;
        start.Environment["ConnectionStrings__Hangfire"] = hangfireConnectionString ?? "";
        start.Environment["Demo__Seed"] = seedDemo ? "true" : "false";
        start.Environment["Pseudonymisation__Key"] = "end-to-end test key";
        start.Environment["Jobs__InboxSchedule"] = "*/2 * * * * *";
        start.Environment["Jobs__SchedulePollingInterval"] = "00:00:01";
        start.Environment["Jobs__QueuePollInterval"] = "00:00:00.200";
        start.Environment["Jobs__SnapshotDelay"] = "00:00:01";
        var auth = new Dictionary<string, string>
        {
            ["Auth__AdminEmail"] = "admin@example.test",
            ["Auth__AdminPassword"] = $"test-{Guid.NewGuid():N}",
            ["Auth__AdminToken"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            // Tests sign in often from one address; the rate limit's own test sets a low one.
            ["Auth__SignInAttemptsPerMinute"] = "1000",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
            auth[name] = value;
        foreach (var (name, value) in auth)
            start.Environment[name] = value;
        var host = new DashboardHost(start, dataDirectory, baseAddress, auth);
        await host.LaunchAsync();
        return host;
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash or an out-of-memory kill would, leaving whatever it was doing unfinished.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Starts the dashboard again on the same data directory and settings, once the previous process has gone.</summary>
    public async Task RestartAsync()
    {
        if (!_process.HasExited)
            throw new InvalidOperationException("Stop or kill the dashboard before starting it again.");
        _process.Dispose();
        await LaunchAsync();
    }

    private async Task LaunchAsync()
    {
        _process = Process.Start(_start) ?? throw new InvalidOperationException("Could not start the dashboard.");
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        _process.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
    }

    /// <summary>Stops the host gracefully (SIGTERM), so its DuckDB file can be opened by the test.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
            return;
        await Commands.RunAsync("kill", "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The dashboard exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await Client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The dashboard did not answer /healthz within 90 s:\n{Output}");
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
