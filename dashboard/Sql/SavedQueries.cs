using System.Buffers.Text;
using System.Data.Common;
using System.Security.Claims;
using System.Security.Cryptography;
using BelongingInsights.Dashboard.Access;
using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Dashboard.Sql;

/// <summary>
/// Queries an evaluator saves to share by link (<c>/sql?query=&lt;id&gt;</c>), for the API and the SQL page alike.
/// Everyone who may use the workbench may open any saved query, since every one of them reads the same snapshot;
/// only its author or an administrator may delete it. Saving and deleting are recorded in the audit log.
/// </summary>
public sealed class SavedQueries(AccessDatabase database, AuditLog audit)
{
    /// <summary>The longest title kept; a longer one is cut there.</summary>
    public const int TitleLength = 200;

    /// <summary>The longest query text that can be saved.</summary>
    public const int SqlLength = 100_000;

    /// <summary>The saved query, or the reason it was not saved.</summary>
    public async Task<(SavedQuery? Saved, string? Refusal)> SaveAsync(ClaimsPrincipal caller, string? title, string? sql, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sql))
            return (null, "Write a query to save.");
        if (sql.Length > SqlLength)
            return (null, $"A saved query may be at most {SqlLength:N0} characters long.");
        if (AccessUser.IdOf(caller) is not { } ownerId)
            return (null, "Sign in to save a query.");
        var name = string.IsNullOrWhiteSpace(title) ? "Untitled query" : title.Trim();
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9));
        await database.ExecuteAsync("insert_saved_query.sql", cancellationToken, id, name.Length > TitleLength ? name[..TitleLength] : name, sql, ownerId, AuditLog.ActorOf(caller));
        var saved = (await FindAsync(id, cancellationToken))!;
        await audit.RecordAsync(caller, AuditActions.SqlQuerySaved, $"{saved.Id}: {saved.Title}", CancellationToken.None);
        return (saved, null);
    }

    public async Task<SavedQuery?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await database.QueryAsync("find_saved_query.sql", Read, cancellationToken, id)).SingleOrDefault();

    public Task<IReadOnlyList<SavedQuery>> ListAsync(CancellationToken cancellationToken) =>
        database.QueryAsync("list_saved_queries.sql", Read, cancellationToken);

    /// <summary>Deletes a saved query its caller may delete; false when there is none they may delete.</summary>
    public async Task<bool> DeleteAsync(ClaimsPrincipal caller, string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } saved || !MayDelete(caller, saved))
            return false;
        await database.ExecuteAsync("delete_saved_query.sql", cancellationToken, id);
        await audit.RecordAsync(caller, AuditActions.SqlQueryDeleted, $"{saved.Id}: {saved.Title}", CancellationToken.None);
        return true;
    }

    public static bool MayDelete(ClaimsPrincipal caller, SavedQuery saved) =>
        caller.IsInRole(AccessRoles.Administrator) || AccessUser.IdOf(caller) == saved.OwnerId;

    /// <summary>Where the SQL page opens <paramref name="id"/>.</summary>
    public static string PagePath(string id) => $"/sql?query={Uri.EscapeDataString(id)}";

    private static SavedQuery Read(DbDataReader reader) => new(
        reader.GetString(reader.GetOrdinal("id")),
        reader.GetString(reader.GetOrdinal("title")),
        reader.GetString(reader.GetOrdinal("sql")),
        reader.GetGuid(reader.GetOrdinal("owner_id")),
        reader.GetString(reader.GetOrdinal("owner")),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(reader.GetOrdinal("saved_at"))));
}

/// <summary>A saved query: its link's id, title, text, who saved it and when.</summary>
public sealed record SavedQuery(string Id, string Title, string Sql, Guid OwnerId, string Owner, DateTimeOffset SavedAt);
