using System.Net;
using System.Net.Sockets;

namespace BelongingInsights.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster started from the machine's server binaries (initdb, pg_ctl): the end-to-end tests'
/// server on machines with no Docker engine, and the benchmark's peer for <c>COPY</c>. initdb refuses to run as root,
/// so as root the cluster belongs to the <c>postgres</c> user.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _directory;
    private readonly bool _asPostgresUser;

    private LocalPostgresCluster(string bin, string directory, int port, bool asPostgresUser)
    {
        _bin = bin;
        _directory = directory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    /// <summary>
    /// Starts a cluster; with <paramref name="durable"/> false it does not fsync, which tests want, while a
    /// benchmark comparing load times keeps PostgreSQL's default.
    /// </summary>
    public static async Task<LocalPostgresCluster> StartAsync(bool durable = false)
    {
        var bin = ServerBinaries() ?? throw new InvalidOperationException(
            "No Docker engine answered and no PostgreSQL server binaries were found under /usr/lib/postgresql. "
            + "Install them with: sudo apt-get install -y postgresql (tests/test.sh does this for you).");
        var directory = Directory.CreateTempSubdirectory("bi-postgres-").FullName;
        var asPostgresUser = Environment.UserName == "root";
        if (asPostgresUser)
            await Commands.RunAsync("chown", "postgres:postgres", directory);
        var cluster = new LocalPostgresCluster(bin, directory, FreePort(), asPostgresUser);
        await cluster.RunAsync("initdb", "-D", cluster.DataPath, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.RunAsync("pg_ctl", "-D", cluster.DataPath, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
            "-o", $"-p {cluster.Port} -k {directory} -c listen_addresses=127.0.0.1{(durable ? "" : " -c fsync=off")}", "start");
        return cluster;
    }

    private string DataPath => Path.Combine(_directory, "data");

    public async ValueTask DisposeAsync()
    {
        await RunAsync("pg_ctl", "-D", DataPath, "-m", "immediate", "stop");
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Runs <paramref name="script"/> with psql on the cluster's <c>postgres</c> database, each of <paramref name="variables"/> (<c>name=value</c>) set.</summary>
    public Task<string> PsqlAsync(string script, params string[] variables) =>
        RunAsync(script, "psql", [
            "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", "postgres", "-q",
            "-v", "ON_ERROR_STOP=1", .. variables.SelectMany(variable => new[] { "-v", variable })]);

    /// <summary>The newest <c>/usr/lib/postgresql/*/bin</c> holding initdb, or null when no server is installed.</summary>
    public static string? ServerBinaries()
    {
        var root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    private Task<string> RunAsync(string program, params string[] arguments) => RunAsync(null, program, arguments);

    private Task<string> RunAsync(string? input, string program, string[] arguments) =>
        _asPostgresUser
            ? Commands.RunAsync(input, "runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. arguments])
            : Commands.RunAsync(input, Path.Combine(_bin, program), arguments);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
