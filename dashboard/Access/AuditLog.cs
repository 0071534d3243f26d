using System.Data.Common;
using System.Security.Claims;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// Who did what and when: sign-ins and failed ones (the email tried, never the password), sign-outs, uploads and
/// reprocessing, user and token changes. Kept in the user store, out of the warehouse's reach; while that store cannot
/// be reached (PostgreSQL away), an entry goes to the app's log instead, so what it records still happens.
/// </summary>
public sealed class AuditLog(AccessDatabase database, TimeProvider time, ILogger<AuditLog> logger)
{
    public Task RecordAsync(ClaimsPrincipal who, string action, string detail, CancellationToken cancellationToken, long? rows = null) =>
        RecordAsync(ActorOf(who), action, detail, cancellationToken, rows);

    public async Task RecordAsync(string actor, string action, string detail, CancellationToken cancellationToken, long? rows = null)
    {
        try
        {
            await database.ExecuteAsync("insert_audit.sql", cancellationToken, Guid.CreateVersion7(time.GetUtcNow()), actor, action, detail, rows);
        }
        catch (DbException exception)
        {
            AccessLog.AuditEntryNotStored(logger, exception.GetType().Name, actor, action, detail, rows);
        }
    }

    /// <summary>The newest entries first.</summary>
    public Task<IReadOnlyList<AuditEntry>> LatestAsync(int limit, CancellationToken cancellationToken) =>
        database.QueryAsync(
            "latest_audit.sql",
            reader => new AuditEntry(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4)),
            cancellationToken,
            limit);

    /// <summary>How a caller stands in the log: their email, or "anonymous".</summary>
    public static string ActorOf(ClaimsPrincipal who) =>
        who.Identity?.IsAuthenticated == true ? who.FindFirstValue(ClaimTypes.Email) ?? who.Identity.Name ?? "unknown" : "anonymous";
}

public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Detail, long? Rows);

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in failed";
    public const string SignOut = "sign-out";
    public const string Upload = "upload";
    public const string Reprocess = "reprocess";
    public const string Undo = "undo";
    public const string UserCreated = "user created";
    public const string UserDeleted = "user deleted";
    public const string TokenCreated = "token created";
    public const string TokenRevoked = "token revoked";
    public const string SqlQuery = "sql query";
    public const string SqlQuerySaved = "sql query saved";
    public const string SqlQueryDeleted = "sql query deleted";
    public const string SnapshotPublished = "snapshot published";
    public const string SnapshotDownloaded = "snapshot downloaded";
    public const string BackupTaken = "backup taken";

    /// <summary>How an upload, a reprocess or an undo is described: the import and its kind, never the file's contents.</summary>
    public static string ImportDetail(Guid importId, string? kind) =>
        $"import {importId}, {kind ?? "kind recognised from the header"}";
}
