using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Deletes stored uploads (they hold pupil data) <see cref="ImportsOptions.KeepUploadsDays"/> after their import is
/// final, and records on each import that its file is gone, so it is not offered to run again.
/// </summary>
public sealed class UploadRetention(ImportLedger ledger, IOptions<ImportsOptions> options, TimeProvider clock, ILogger<UploadRetention> logger)
{
    /// <summary>Deletes every stored upload past its time; returns how many files went.</summary>
    public int DeleteExpired()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.KeepUploadsDays);
        var deleted = 0;
        foreach (var storedPath in ledger.ExpiredUploads(cutoff))
        {
            File.Delete(storedPath);
            ledger.MarkUploadDeleted(storedPath);
            deleted++;
        }
        Log.UploadsDeleted(logger, deleted, options.Value.KeepUploadsDays);
        return deleted;
    }
}
