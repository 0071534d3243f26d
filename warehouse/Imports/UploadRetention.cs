using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Deletes stored uploads (they hold pupil data) <see cref="ImportsOptions.KeepUploadsDays"/> after their import is
/// final, and records on each import that its file is gone, so it is not offered to run again; and the inbox's copies in
/// <c>processed/</c> and <c>rejected/</c> as long after they were moved there (<see cref="InboxFolder"/>).
/// </summary>
public sealed class UploadRetention(
    ImportLedger ledger, InboxFolder inbox, IOptions<ImportsOptions> options, TimeProvider clock, ILogger<UploadRetention> logger)
{
    /// <summary>Deletes every stored upload and inbox copy past its time; returns how many files went.</summary>
    public int DeleteExpired()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.KeepUploadsDays);
        var deleted = 0;
        foreach (var storedPath in ledger.ExpiredUploads(cutoff))
        {
            File.Delete(ledger.StoredFile(storedPath));
            ledger.MarkUploadDeleted(storedPath);
            deleted++;
        }
        var copies = inbox.DeleteCopiesSettledBefore(cutoff);
        Log.UploadsDeleted(logger, deleted, copies, options.Value.KeepUploadsDays);
        return deleted + copies;
    }
}
