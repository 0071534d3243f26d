using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Warehouse;

/// <summary>
/// The secret behind pupil pseudonyms: the <c>Pseudonymisation:Key</c> setting when set, otherwise a random key
/// generated once and kept in the data directory (never in the repository). Losing it unlinks future loads
/// from earlier ones, so back it up with the data directory.
/// </summary>
public static class PseudonymisationKey
{
    public const string Setting = "Pseudonymisation:Key";

    /// <summary>The generated key's file in the data directory.</summary>
    public const string FileName = "pseudonymisation.key";

    public static byte[] Resolve(string? configured, string dataDirectory, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Encoding.UTF8.GetBytes(configured);
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        OwnerOnly.CreateDirectory(dataDirectory);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        OwnerOnly.Restrict(path);
        Log.PseudonymisationKeyGenerated(logger, Path.GetFullPath(path));
        return key;
    }
}
