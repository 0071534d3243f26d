using System.Net.Http.Json;
using DuckDB.NET.Data;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// What the warehouse holds, read from the newest snapshot the running dashboard published (the live file is open
/// read-write in its process): downloaded through <c>/api/snapshots</c> and opened read-only, so a test compares a
/// page's figures with the warehouse's rather than with numbers written into the test.
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

    /// <summary>The newest snapshot, downloaded with an administrator's client.</summary>
    public static async Task<WarehouseSnapshot> LatestAsync(DashboardHost host)
    {
        var latest = (await host.Client.GetFromJsonAsync<List<ListedSnapshot>>("/api/snapshots"))![0].Name;
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
