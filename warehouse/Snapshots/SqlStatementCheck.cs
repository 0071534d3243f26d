using System.Text.Json;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>
/// Refuses, before it runs, a statement that is not one query that reads. The sandbox's settings stop the rest
/// (the snapshot is opened read-only with external access off and its configuration locked); this gives the clear
/// reason first. The statement's first word names what was refused; DuckDB's parser then confirms it is a single
/// SELECT.
/// </summary>
internal static partial class SqlStatementCheck
{
    private static readonly Dictionary<string, string> ReasonByFirstWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["attach"] = AttachReason,
        ["detach"] = AttachReason,
        ["use"] = AttachReason,
        ["copy"] = FilesReason,
        ["export"] = FilesReason,
        ["import"] = FilesReason,
        ["install"] = ExtensionsReason,
        ["force"] = ExtensionsReason,
        ["load"] = ExtensionsReason,
        ["set"] = SettingsReason,
        ["reset"] = SettingsReason,
        ["pragma"] = SettingsReason,
        ["call"] = SettingsReason,
    };

    private const string AttachReason = "ATTACH, DETACH and USE are refused: the workbench reads the latest snapshot and nothing else.";
    private const string FilesReason = "COPY, EXPORT and IMPORT are refused: a query may not read or write files on the server.";
    private const string ExtensionsReason = "INSTALL and LOAD are refused: no extension can be added to the workbench.";
    private const string SettingsReason = "SET, RESET, PRAGMA and CALL are refused: the workbench's settings are fixed.";
    private const string ReadOnlyReason = "Only a query that reads (SELECT, WITH, FROM, VALUES) may run: the snapshot cannot be changed.";
    private const string OneStatementReason = "Run one statement at a time.";

    /// <summary>Why <paramref name="sql"/> may not run, or null when it is one SELECT.</summary>
    public static string? Refusal(DuckDBConnection connection, string sql)
    {
        if (ReasonByFirstWord.TryGetValue(FirstWord().Match(sql).Groups[1].Value, out var reason))
            return reason;
        using var parsed = JsonDocument.Parse(connection.Scalar<string>(SqlScripts.Get("Snapshots/parse.sql"), ("sql", sql))!);
        var root = parsed.RootElement;
        if (root.TryGetProperty("error", out var error) && error.GetBoolean())
        {
            var type = root.TryGetProperty("error_type", out var t) ? t.GetString() : null;
            var message = root.TryGetProperty("error_message", out var m) ? m.GetString() : null;
            return type == "parser" && message is { Length: > 0 } ? message : ReadOnlyReason;
        }
        return root.GetProperty("statements").GetArrayLength() == 1 ? null : OneStatementReason;
    }

    /// <summary>The first word of the statement, past white space, comments and opening brackets.</summary>
    [GeneratedRegex(@"\A(?:\s|\(|--[^\n]*(?:\n|\z)|/\*.*?\*/)*([A-Za-z_]+)", RegexOptions.Singleline)]
    private static partial Regex FirstWord();
}
