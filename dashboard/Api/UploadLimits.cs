namespace BelongingInsights.Dashboard.Api;

public static class UploadLimits
{
    /// <summary>The largest file accepted by the upload page and the API: a trust's year of session marks fits.</summary>
    public const long MaxFileBytes = 2L * 1024 * 1024 * 1024;
}
