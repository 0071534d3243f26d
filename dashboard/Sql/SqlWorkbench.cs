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
    public async Task<(SqlResult? Result, string? Refusal)> RunAsync(ClaimsPrincipal caller, string? sql, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var text = sql ?? "";
        try
        {
            var result = await sandbox.RunAsync(text, cancellationToken);
            await audit.RecordAsync(caller, AuditActions.SqlQuery, Detail($"{result.ElapsedMs} ms", text), CancellationToken.None, result.Rows.Count);
            return (result, null);
        }
        catch (SqlQueryRefused refused)
        {
            var elapsed = ((long)Stopwatch.GetElapsedTime(started).TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            await audit.RecordAsync(caller, AuditActions.SqlQuery, Detail($"refused after {elapsed} ms", text), CancellationToken.None);
            return (null, refused.Message);
        }
    }

    private static string Detail(string outcome, string text) =>
        $"{outcome}: {(text.Length > AuditedTextLength ? text[..AuditedTextLength] + "…" : text)}";
}
