using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using BelongingInsights.Dashboard.Access;
using BelongingInsights.Warehouse.Snapshots;

namespace BelongingInsights.Dashboard.Sql;

/// <summary>
/// Runs an evaluator's query in the sandbox, for the API and the page alike, and records every one in the audit
/// log: who, the query's text, how many rows it returned (or that it was refused) and how long it took.
/// </summary>
public sealed class SqlWorkbench(SqlSandbox sandbox, AuditLog audit)
{
    /// <summary>The longest query text the audit log keeps whole; a longer one is cut there.</summary>
    private const int AuditedTextLength = 8000;

    public int RowLimit => sandbox.RowLimit;

    public int TimeoutSeconds => sandbox.TimeoutSeconds;

    /// <summary>The result, or the reason the query was refused or failed.</summary>
    public Task<(SqlResult? Result, string? Refusal)> RunAsync(ClaimsPrincipal caller, string? sql, CancellationToken cancellationToken) =>
        AuditedAsync(caller, sql ?? "", text => sandbox.RunAsync(text, cancellationToken), result => (result.ElapsedMs, result.Rows.Count));

    /// <summary>The result as a Parquet file's bytes (up to the row limit), or the reason the query was refused or failed.</summary>
    public Task<(byte[]? Result, string? Refusal)> ParquetAsync(ClaimsPrincipal caller, string? sql, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        return AuditedAsync<byte[]>(caller, sql ?? "", text => sandbox.ParquetAsync(text, cancellationToken), _ => (Elapsed(started), null), " as Parquet");
    }

    private async Task<(T? Result, string? Refusal)> AuditedAsync<T>(
        ClaimsPrincipal caller, string text, Func<string, Task<T>> run, Func<T, (long ElapsedMs, long? Rows)> measure, string format = "")
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await run(text);
            var (elapsed, rows) = measure(result);
            await audit.RecordAsync(caller, AuditActions.SqlQuery, Detail($"{elapsed} ms{format}", text), CancellationToken.None, rows);
            return (result, null);
        }
        catch (SqlQueryRefused refused)
        {
            await audit.RecordAsync(caller, AuditActions.SqlQuery, Detail($"refused after {Elapsed(started).ToString(CultureInfo.InvariantCulture)} ms{format}", text), CancellationToken.None);
            return (null, refused.Message);
        }
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private static string Detail(string outcome, string text) =>
        $"{outcome}: {(text.Length > AuditedTextLength ? text[..AuditedTextLength] + "…" : text)}";
}
