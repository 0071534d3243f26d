using System.Data.Common;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse;

/// <summary>
/// Opens connections to the DuckDB warehouse file. DuckDB.NET shares one native database per file within the
/// process, so opening a connection per operation is cheap; this process is the file's only writer.
/// </summary>
public sealed class WarehouseDatabase(IOptions<WarehouseOptions> options)
{
    public string Path => System.IO.Path.GetFullPath(options.Value.WarehousePath);

    public DuckDBConnection Open()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var connection = new DuckDBConnection($"Data Source={Path}");
        connection.Open();
        return connection;
    }

    /// <summary>Runs a read-only query on a connection of its own and maps each row.</summary>
    public IReadOnlyList<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }
}
