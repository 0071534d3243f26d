using System.Data;
using System.Data.Common;
using System.Globalization;
using BelongingInsights.Jobs;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Backups;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// The user store's database: PostgreSQL (schema <c>accounts</c>) when <c>ConnectionStrings:Hangfire</c> is set, so
/// accounts outlive the container; otherwise an embedded DuckDB file, <c>access.duckdb</c> in the data directory,
/// owner-only and apart from the warehouse file that evaluators and snapshots read. The SQL in <c>Access/Sql</c> runs
/// on both, with positional <c>$1</c> parameters.
/// </summary>
public sealed class AccessDatabase : IDisposable
{
    /// <summary>The embedded store's file in the data directory.</summary>
    public const string DuckDbFile = "access.duckdb";

    /// <summary>Added to a data directory's <c>access.duckdb</c> once it has been loaded into PostgreSQL.</summary>
    public const string LoadedSuffix = ".loaded";

    private readonly string? _postgres;
    private readonly string _duckDbPath;
    private readonly Lock _gate = new();
    private DuckDBConnection? _keepAlive;

    public AccessDatabase(IConfiguration configuration, IOptions<WarehouseOptions> warehouse)
    {
        var connectionString = configuration.GetConnectionString(JobsServiceCollectionExtensions.ConnectionStringName);
        _postgres = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
        _duckDbPath = Path.GetFullPath(Path.Combine(warehouse.Value.DataDirectory, DuckDbFile));
    }

    /// <summary>Where the store lives, for the start-up log: never the connection string, which may hold a password.</summary>
    public string Description => _postgres is null ? _duckDbPath : "PostgreSQL, schema accounts";

    /// <summary>
    /// Writes the whole store into <paramref name="folder"/>'s <c>access.duckdb</c>, for a backup, read in one
    /// transaction: the embedded store copied as it is; PostgreSQL's schema <c>accounts</c> read in one repeatable-read
    /// transaction (one snapshot) into a new file of the same schema, so a backup holds the users however they are kept.
    /// </summary>
    public async Task CopyToAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, DuckDbFile);
        if (_postgres is null)
        {
            await using var connection = await OpenAsync(cancellationToken);
            DatabaseCopy.CopyTo((DuckDBConnection)connection, path);
            return;
        }
        await using (var copy = new DuckDBConnection($"Data Source={path}"))
        {
            await copy.OpenAsync(cancellationToken);
            await using (var schema = Command(copy, "schema.sql", []))
                await schema.ExecuteNonQueryAsync(cancellationToken);
            await using var postgres = new NpgsqlConnection(_postgres);
            await postgres.OpenAsync(cancellationToken);
            await using var snapshot = await postgres.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using var written = await copy.BeginTransactionAsync(cancellationToken);
            await AccountsCopy.CopyAsync(snapshot, written, cancellationToken);
            await written.CommitAsync(cancellationToken);
        }
        OwnerOnly.Restrict(path);
    }

    /// <summary>
    /// When the store is PostgreSQL and the data directory holds an <c>access.duckdb</c> (a restored backup, or the
    /// embedded store of an app that has since been given PostgreSQL), loads its users, tokens, saved queries and audit
    /// log into PostgreSQL in one transaction if PostgreSQL holds no user yet, and renames the file
    /// <c>access.duckdb.loaded</c> so it is loaded once. Null when there is nothing to load.
    /// </summary>
    public async Task<AccountsLoad?> LoadFromDataDirectoryAsync(CancellationToken cancellationToken)
    {
        if (_postgres is null || !File.Exists(_duckDbPath))
            return null;
        long? rows = null;
        await using (var file = new DuckDBConnection($"Data Source={_duckDbPath};ACCESS_MODE=READ_ONLY"))
        {
            await file.OpenAsync(cancellationToken);
            await using var postgres = new NpgsqlConnection(_postgres);
            await postgres.OpenAsync(cancellationToken);
            await using var loading = await postgres.BeginTransactionAsync(cancellationToken);
            await using (var lockUsers = Command(postgres, "accounts_restore_lock.sql", []))
            {
                lockUsers.Transaction = loading;
                await lockUsers.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var count = Command(postgres, "count_users.sql", []))
            {
                count.Transaction = loading;
                if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
                {
                    await using var reading = await file.BeginTransactionAsync(cancellationToken);
                    rows = await AccountsCopy.CopyAsync(reading, loading, cancellationToken);
                }
            }
            await loading.CommitAsync(cancellationToken);
        }
        if (rows is not null)
            File.Move(_duckDbPath, _duckDbPath + LoadedSuffix, overwrite: true);
        return new AccountsLoad(_duckDbPath, rows);
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => ExecuteAsync("schema.sql", cancellationToken);

    public async Task<int> ExecuteAsync(string script, CancellationToken cancellationToken, params object?[] arguments)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, script, arguments);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string script, Func<DbDataReader, T> map, CancellationToken cancellationToken, params object?[] arguments)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, script, arguments);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(map(reader));
        return rows;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _keepAlive?.Dispose();
            _keepAlive = null;
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            var postgres = new NpgsqlConnection(_postgres);
            await postgres.OpenAsync(cancellationToken);
            return postgres;
        }
        // DuckDB.NET shares one native database per file while a connection to it is open: keeping one open makes
        // the per-request token look-ups cheap.
        lock (_gate)
        {
            if (_keepAlive is null)
            {
                OwnerOnly.CreateDirectory(Path.GetDirectoryName(_duckDbPath)!);
                var creating = !File.Exists(_duckDbPath);
                _keepAlive = ConnectDuckDb();
                if (creating)
                    OwnerOnly.Restrict(_duckDbPath);
            }
        }
        return ConnectDuckDb();
    }

    private DuckDBConnection ConnectDuckDb()
    {
        var connection = new DuckDBConnection($"Data Source={_duckDbPath}");
        connection.Open();
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string script, object?[] arguments)
    {
        var command = connection.CreateCommand();
        command.CommandText = AccessSql.Get(script);
        foreach (var argument in arguments)
        {
            var parameter = command.CreateParameter();
            parameter.Value = argument ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}

/// <summary>
/// A data directory's <c>access.duckdb</c> found by a PostgreSQL-kept store at start: <see cref="RowsLoaded"/> rows
/// loaded, or null when PostgreSQL already held users and the file was left as it is.
/// </summary>
public sealed record AccountsLoad(string File, long? RowsLoaded);
