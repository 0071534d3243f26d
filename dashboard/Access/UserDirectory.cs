using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// The registered users: find them by email or id, create and delete them, and check a password with lockout
/// (<c>Auth:Lockout</c>): after so many failures in a row the account refuses every password, the right one too,
/// until the lock runs out. Emails are compared case-insensitively.
/// </summary>
public sealed class UserDirectory(AccessDatabase database, IOptions<AuthOptions> options)
{
    private static readonly PasswordHasher<AccessUser> Hasher = new();
    private readonly ConcurrentDictionary<Guid, AccessUser?> _lastRead = new();

    public async Task<AccessUser?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        (await FindAsync("find_user_by_email.sql", NormaliseEmail(email), cancellationToken))?.User;

    /// <summary>
    /// The user as stored; while the store cannot be reached (PostgreSQL away), the user as this process last read them
    /// (at sign-in or any request since), so a signed-in user's pages keep serving with the role and scope last seen; a
    /// user this process never read fails as before, and one read as deleted stays deleted.
    /// </summary>
    public async Task<AccessUser?> FindByIdAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var user = (await FindAsync("find_user_by_id.sql", id, cancellationToken))?.User;
            if (user is null)
                _lastRead[id] = null;
            return user;
        }
        catch (DbException) when (_lastRead.TryGetValue(id, out var lastRead))
        {
            return lastRead;
        }
    }

    public async Task<IReadOnlyList<AccessUser>> ListAsync(CancellationToken cancellationToken) =>
        (await database.QueryAsync("list_users.sql", Read, cancellationToken)).Select(row => row.User).ToList();

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (await database.QueryAsync("count_users.sql", reader => Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), cancellationToken))[0];

    /// <summary>Registers a user (with a local password, or none for single sign-on only); null when the email is taken.</summary>
    public async Task<AccessUser?> CreateAsync(string email, string name, string role, IReadOnlyList<string> trusts, IReadOnlyList<int> schools, string? password, CancellationToken cancellationToken)
    {
        var user = new AccessUser(Guid.CreateVersion7(), NormaliseEmail(email), name.Trim(), role, trusts, schools);
        var inserted = await database.QueryAsync(
            "insert_user.sql", reader => reader.GetGuid(0), cancellationToken,
            user.Id, user.Email, user.Name, user.Role, user.Trusts.ToList(), user.Schools.ToList(), password is null ? null : Hasher.HashPassword(user, password));
        return inserted.Count == 1 ? user : null;
    }

    /// <summary>Makes the account an administrator, creating it if need be; a null password keeps the one it has.</summary>
    public async Task<AccessUser> EnsureAdministratorAsync(string email, string? password, CancellationToken cancellationToken)
    {
        if (await FindByEmailAsync(email, cancellationToken) is not { } existing)
            return await CreateAsync(email, email, Warehouse.Access.AccessRoles.Administrator, [], [], password, cancellationToken)
                ?? throw new InvalidOperationException("The administrator's account was created at the same moment elsewhere.");
        await database.ExecuteAsync("make_administrator.sql", cancellationToken, existing.Id, password is null ? null : Hasher.HashPassword(existing, password));
        return existing with { Role = Warehouse.Access.AccessRoles.Administrator };
    }

    /// <summary>Deletes the user and every API token they hold; false when there was no such user.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync("delete_user_tokens.sql", cancellationToken, id);
        return await database.ExecuteAsync("delete_user.sql", cancellationToken, id) > 0;
    }

    /// <summary>
    /// The user when the password is theirs and the account is not locked; null otherwise, without saying which, so
    /// the answer does not tell an attacker whether an email is registered.
    /// </summary>
    public async Task<AccessUser?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var row = await FindAsync("find_user_by_email.sql", NormaliseEmail(email), cancellationToken);
        if (row is not { PasswordHash: { } hash } || row.Locked)
            return null;
        var result = Hasher.VerifyHashedPassword(row.User, hash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            var lockout = options.Value.Lockout;
            await database.ExecuteAsync(
                "record_failed_signin.sql", cancellationToken, row.User.Id, lockout.MaxFailures, $"{lockout.Minutes} minutes");
            return null;
        }
        var current = result == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(row.User, password) : hash;
        await database.ExecuteAsync("record_signin.sql", cancellationToken, row.User.Id, current);
        return row.User;
    }

    internal static StoredUser Read(DbDataReader reader) => new(
        new AccessUser(
            reader.GetGuid(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            ((IEnumerable)reader.GetValue(4)).Cast<string>().ToList(),
            ((IEnumerable)reader.GetValue(5)).Cast<int>().ToList()),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.GetBoolean(7));

    private async Task<StoredUser?> FindAsync(string script, object key, CancellationToken cancellationToken)
    {
        var row = (await database.QueryAsync(script, Read, cancellationToken, key)).SingleOrDefault();
        if (row is not null)
            _lastRead[row.User.Id] = row.User;
        return row;
    }

    private static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    internal sealed record StoredUser(AccessUser User, string? PasswordHash, bool Locked);
}
