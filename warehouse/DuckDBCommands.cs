using System.Data.Common;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse;

/// <summary>Runs SQL with named parameters (<c>$name</c>) on a DuckDB connection.</summary>
public static class DuckDBCommands
{
    public static int Execute(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value switch
        {
            null or DBNull => default,
            T typed => typed,
            _ => (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The first column of every row.</summary>
    public static List<string> Strings(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    public static DuckDBCommand Command(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return command;
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// The value of the column named <paramref name="column"/>, converted to <typeparamref name="T"/> (a BIGINT count
    /// to int, a DECIMAL to double): by name, so a query's record cannot silently take another column's value when
    /// its <c>.sql</c> changes. A missing column throws; SQL NULL gives null, and throws where T cannot hold it.
    /// </summary>
    public static T Get<T>(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        if (reader.IsDBNull(ordinal))
            return default(T) is null ? default! : throw new InvalidOperationException($"The column {column} is null, which {typeof(T).Name} cannot hold.");
        var value = reader.GetValue(ordinal);
        return value is T typed
            ? typed
            : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
