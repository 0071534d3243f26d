using System.Security.Cryptography;
using BelongingInsights.Warehouse;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// Makes sure someone can sign in after the first start: the administrator named by <c>Auth:AdminEmail</c> (with
/// <c>Auth:AdminPassword</c>) is created or updated; with no <c>Auth</c> administrator settings at all and no users,
/// an account <c>admin</c> gets a random password, written to <c>initial-admin-password</c> in the data directory. Before
/// that, a PostgreSQL-kept store with no users loads the accounts of a restored backup's <c>access.duckdb</c>.
/// </summary>
public static class FirstAdministrator
{
    public const string InitialAdminEmail = "admin";
    public const string PasswordFileName = "initial-admin-password";

    public static async Task PrepareAccessAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FirstAdministrator));
        var database = services.GetRequiredService<AccessDatabase>();
        await database.EnsureSchemaAsync(cancellationToken);
        AccessLog.Store(logger, database.Description);
        switch (await database.LoadFromDataDirectoryAsync(cancellationToken))
        {
            case { RowsLoaded: { } rows } load:
                AccessLog.AccountsLoaded(logger, rows, load.File, AccessDatabase.LoadedSuffix);
                break;
            case { } load:
                AccessLog.AccountsNotLoaded(logger, load.File);
                break;
        }
        var auth = services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var users = services.GetRequiredService<UserDirectory>();
        if (!string.IsNullOrWhiteSpace(auth.AdminEmail))
        {
            await users.EnsureAdministratorAsync(auth.AdminEmail, string.IsNullOrEmpty(auth.AdminPassword) ? null : auth.AdminPassword, cancellationToken);
            AccessLog.ConfiguredAdministrator(logger);
        }
        else if (string.IsNullOrEmpty(auth.AdminToken) && await users.CountAsync(cancellationToken) == 0)
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            var path = Path.GetFullPath(Path.Combine(services.GetRequiredService<IOptions<WarehouseOptions>>().Value.DataDirectory, PasswordFileName));
            OwnerOnly.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Delete(path);
            await using (var file = OwnerOnly.CreateFile(path))
            await using (var writer = new StreamWriter(file))
                await writer.WriteLineAsync(password);
            await users.EnsureAdministratorAsync(InitialAdminEmail, password, cancellationToken);
            AccessLog.InitialAdministrator(logger, path);
        }
    }
}
