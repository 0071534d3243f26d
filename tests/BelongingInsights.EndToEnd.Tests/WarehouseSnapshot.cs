using System.Net.Http.Json;
using DuckDB.NET.Data;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// What the warehouse holds, read from a snapshot the running dashboard publishes on request (the live file is open
/// read-write in its process): published and downloaded through <c>/api/snapshots</c> and opened read-only, so a test
/// compares a page's figures with the warehouse's as it is now rather than with numbers written into the test.
/// </summary>
public sealed class WarehouseSnapshot : IDisposable
{
    private readonly string _path;
    private readonly DuckDBConnection _connection;

    private WarehouseSnapshot(string path)
    {
        _path = path;
        _connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        _connection.Open();
    }

    /// <summary>
    /// A snapshot published now, with an administrator's client: the one published after an earlier test's upload
    /// may not exist yet (it follows each marts refresh by <c>Jobs:SnapshotDelay</c>).
    /// </summary>
    public static async Task<WarehouseSnapshot> PublishedNowAsync(DashboardHost host)
    {
        using var published = await host.Client.PostAsync("/api/snapshots", null);
        published.EnsureSuccessStatusCode();
        var latest = (await published.Content.ReadFromJsonAsync<ListedSnapshot>())!.Name;
        var path = Path.Combine(host.DataDirectory, $"test-snapshot-{Guid.NewGuid():N}.duckdb");
        await File.WriteAllBytesAsync(path, await host.Client.GetByteArrayAsync($"/api/snapshots/{latest}/warehouse.duckdb"));
        return new WarehouseSnapshot(path);
    }

    /// <summary>Every row of a query, each column as the invariant text of its value (empty for null).</summary>
    public List<string[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)]);
        return rows;
    }

    public void Dispose()
    {
        _connection.Dispose();
        File.Delete(_path);
    }

    private sealed record ListedSnapshot(string Name);
}
