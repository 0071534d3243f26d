using System.Data.Common;
using DuckDB.NET.Data;
using Npgsql;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// Copies the user store's tables (users, API token hashes, saved queries, the audit log) from one database to another
/// inside the callers' transactions: PostgreSQL into a backup's <c>access.duckdb</c> through DuckDB's appender, or a
/// restored <c>access.duckdb</c> into PostgreSQL with a binary <c>COPY</c> (<c>accounts_*_copy_in.sql</c>). Both ends hold the same
/// schema (<c>schema.sql</c>), and <c>accounts_*_read.sql</c> reads each table's columns in that schema's order from
/// either.
/// </summary>
internal static class AccountsCopy
{
    private static readonly string[] Tables = ["users", "api_tokens", "saved_queries", "audit_log"];

    /// <summary>Copies every table; answers how many rows were copied.</summary>
    public static async Task<long> CopyAsync(DbTransaction from, DbTransaction to, CancellationToken cancellationToken)
    {
        var rows = 0L;
        foreach (var table in Tables)
        {
            await using var read = Command(from, $"accounts_{table}_read.sql");
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            rows += to.Connection switch
            {
                DuckDBConnection duckDb => await AppendAsync(reader, duckDb, table, cancellationToken),
                NpgsqlConnection postgres => await CopyInAsync(reader, postgres, table, cancellationToken),
                _ => throw new NotSupportedException($"The user store is never kept in {to.Connection?.GetType()}."),
            };
        }
        return rows;
    }

    private static async Task<long> AppendAsync(DbDataReader reader, DuckDBConnection duckDb, string table, CancellationToken cancellationToken)
    {
        var rows = 0L;
        var values = new object[reader.FieldCount];
        using var appender = duckDb.CreateAppender("accounts", table);
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
            var row = appender.CreateRow();
            foreach (var value in values)
                Append(row, value);
            row.EndRow();
            rows++;
        }
        return rows;
    }

    /// <summary>A value as Npgsql reads the schema's column types: uuid, text, integer, bigint, timestamptz and their arrays.</summary>
    private static void Append(IDuckDBAppenderRow row, object value) =>
        _ = value switch
        {
            DBNull => row.AppendNullValue(),
            Guid guid => row.AppendValue(guid),
            string text => row.AppendValue(text),
            int number => row.AppendValue(number),
            long number => row.AppendValue(number),
            DateTime time => row.AppendValue(time),
            string[] texts => row.AppendValue(texts),
            int[] numbers => row.AppendValue(numbers),
            _ => throw new NotSupportedException($"The user store has no column of type {value.GetType()}."),
        };

    /// <summary>
    /// Rows into PostgreSQL with a binary <c>COPY</c>; each value's type is taken from what DuckDB read, which matches the
    /// column's (a <c>timestamptz</c> as UTC, see <see cref="Portable"/>).
    /// </summary>
    private static async Task<long> CopyInAsync(DbDataReader reader, NpgsqlConnection postgres, string table, CancellationToken cancellationToken)
    {
        var rows = 0L;
        var values = new object[reader.FieldCount];
        await using var importer = await postgres.BeginBinaryImportAsync(AccessSql.Get($"accounts_{table}_copy_in.sql"), cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
            await importer.StartRowAsync(cancellationToken);
            foreach (var value in values)
            {
                if (value is DBNull)
                    await importer.WriteNullAsync(cancellationToken);
                else
                    await importer.WriteAsync(Portable(value), cancellationToken);
            }
            rows++;
        }
        await importer.CompleteAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// DuckDB reads a <c>timestamptz</c> as its UTC time with an unspecified kind, which Npgsql would write as a time
    /// without a zone; said to be UTC, it lands as the same instant.
    /// </summary>
    private static object Portable(object value) =>
        value is DateTime { Kind: DateTimeKind.Unspecified } time ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : value;

    private static DbCommand Command(DbTransaction transaction, string script)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = AccessSql.Get(script);
        return command;
    }
}
