using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// API bearer tokens: 32 random bytes, shown once when created and stored only as their SHA-256 hash. Every request
/// looks its token up again, so a revoked token, or one whose user was deleted, stops working at once.
/// </summary>
public sealed class ApiTokens(AccessDatabase database)
{
    public async Task<(Guid Id, string Token)> CreateAsync(Guid userId, CancellationToken cancellationToken)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var id = Guid.CreateVersion7();
        await database.ExecuteAsync("insert_token.sql", cancellationToken, id, userId, Hash(token));
        return (id, token);
    }

    /// <summary>The user a token belongs to, or null for a token that is unknown or revoked.</summary>
    public async Task<AccessUser?> FindUserAsync(string token, CancellationToken cancellationToken) =>
        (await database.QueryAsync("find_user_by_token.sql", UserDirectory.Read, cancellationToken, Hash(token))).SingleOrDefault()?.User;

    /// <summary>The id of the user who holds the token, or null when there is no such token.</summary>
    public async Task<Guid?> OwnerAsync(Guid tokenId, CancellationToken cancellationToken) =>
        (await database.QueryAsync("token_owner.sql", reader => (Guid?)reader.GetGuid(0), cancellationToken, tokenId)).SingleOrDefault();

    /// <summary>Every token that works now, oldest first: who holds it and since when, never the token.</summary>
    public Task<IReadOnlyList<TokenListing>> ListAsync(CancellationToken cancellationToken) =>
        database.QueryAsync(
            "list_tokens.sql",
            reader => new TokenListing(reader.GetGuid(0), reader.GetGuid(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))),
            cancellationToken);

    public async Task<bool> RevokeAsync(Guid tokenId, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("delete_token.sql", cancellationToken, tokenId) > 0;

    /// <summary>The SHA-256 of a token, as hex: what the store keeps and what a presented token is compared with.</summary>
    public static byte[] HashBytes(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Hash(string token) => Convert.ToHexString(HashBytes(token));
}

/// <summary>A token as an administrator sees it listed: its id, its holder and when it was made.</summary>
public sealed record TokenListing(Guid Id, Guid UserId, DateTimeOffset CreatedAt);
