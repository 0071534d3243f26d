using System.Security.Cryptography;
using System.Text;

namespace BelongingInsights.Etl.Common;

/// <summary>Turns a UPN into a keyed HMAC-SHA256, so the warehouse can link a pupil's records without holding the UPN.</summary>
public sealed class Pseudonymiser(byte[] key)
{
    public string PupilKey(string normalisedUpn)
    {
        Span<byte> input = stackalloc byte[64];
        var length = Encoding.ASCII.GetBytes(normalisedUpn, input);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(key, input[..length], hash);
        return Convert.ToHexStringLower(hash);
    }
}
