using System.Security.Claims;
using BelongingInsights.Dashboard.Access;
using BelongingInsights.Warehouse.Backups;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// Backups of the data directory, taken while the app runs (administrators): <c>POST /api/backups</c> takes one and
/// answers it (201), waiting while another is being taken; <c>GET /api/backups</c> lists them newest first. Restoring is
/// starting the app on a copy of a backup's folder (docs/operations.md).
/// </summary>
public static class BackupsApi
{
    public static void MapBackupsApi(this IEndpointRouteBuilder routes)
    {
        var backups = routes.MapGroup("/api/backups").RequireAuthorization(AccessPolicies.Administrator);
        backups.MapGet("/", (WarehouseBackup backup) => backup.All().Select(Described));
        backups.MapPost("/", TakeAsync);
    }

    private static async Task<IResult> TakeAsync(
        ClaimsPrincipal caller, WarehouseBackup backups, AccessDatabase users, AuditLog audit, CancellationToken cancellationToken)
    {
        var backup = await backups.TakeAsync(folder => users.CopyToAsync(folder, cancellationToken), cancellationToken);
        await audit.RecordAsync(caller, AuditActions.BackupTaken, backup.Name, cancellationToken);
        return Results.Created("/api/backups", Described(backup));
    }

    /// <summary>
    /// A backup as the API gives it. <c>usersIncluded</c>: the backup holds the users, token hashes, saved queries and
    /// audit log (<c>access.duckdb</c>), whether they are kept in PostgreSQL or not; false only for a backup taken before
    /// users kept in PostgreSQL were backed up.
    /// </summary>
    private static object Described(Backup backup) => new
    {
        name = backup.Name,
        takenAt = backup.TakenAt,
        folder = backup.Folder,
        sizeBytes = backup.SizeBytes,
        usersIncluded = File.Exists(Path.Combine(backup.Folder, AccessDatabase.DuckDbFile)),
    };
}
