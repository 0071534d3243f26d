using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BelongingInsights.Benchmarks.Peers;

/// <summary>
/// A throwaway PostgreSQL cluster from the server binaries on the machine (initdb, pg_ctl), run as the
/// <c>postgres</c> user when this process is root, for timing <c>COPY</c> of the same CSV into a bare table.
/// </summary>
internal sealed class PostgresPeer : IDisposable
{
    private readonly string _bin;
    private readonly string _dataDirectory;
    private readonly int _port;

    private PostgresPeer(string bin, string dataDirectory, int port)
    {
        _bin = bin;
        _dataDirectory = dataDirectory;
        _port = port;
    }

    /// <summary>The newest <c>/usr/lib/postgresql/*/bin</c> holding initdb, or null when no server is installed.</summary>
    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    public static PostgresPeer Start(string bin, string workDirectory)
    {
        var dataDirectory = Path.Combine(workDirectory, "pg");
        Directory.CreateDirectory(dataDirectory);
        if (IsRoot)
            Run("chown", ["postgres:postgres", dataDirectory]);
        var port = FreePort();
        var peer = new PostgresPeer(bin, dataDirectory, port);
        peer.RunTool("initdb", ["-D", dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        peer.RunTool("pg_ctl", ["-D", dataDirectory, "-o", $"-p {port} -k {dataDirectory} -c listen_addresses=''", "-w", "-l", Path.Combine(dataDirectory, "server.log"), "start"]);
        peer.Psql(EmbeddedSql.Get("Peers/postgres_create.sql"));
        return peer;
    }

    public TimeSpan Copy(string csvPath)
    {
        var started = Stopwatch.GetTimestamp();
        Psql(EmbeddedSql.Get("Peers/postgres_copy.sql"), "path=" + csvPath);
        return Stopwatch.GetElapsedTime(started);
    }

    public void Dispose() => RunTool("pg_ctl", ["-D", _dataDirectory, "-m", "immediate", "stop"]);

    private static bool IsRoot => Environment.UserName == "root";

    private void Psql(string script, params string[] variables)
    {
        var arguments = new List<string> { "-h", _dataDirectory, "-p", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", "postgres", "-q", "-v", "ON_ERROR_STOP=1" };
        foreach (var variable in variables)
            arguments.AddRange(["-v", variable]);
        RunTool("psql", arguments, script);
    }

    private void RunTool(string tool, IReadOnlyList<string> arguments, string? input = null)
    {
        var path = Path.Combine(_bin, tool);
        if (!File.Exists(path))
            path = tool;
        if (IsRoot)
            Run("runuser", ["-u", "postgres", "--", path, .. arguments], input);
        else
            Run(path, arguments, input);
    }

    private static void Run(string fileName, IReadOnlyList<string> arguments, string? input = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
