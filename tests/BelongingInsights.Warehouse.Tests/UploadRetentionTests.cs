using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>Stored uploads are deleted Imports:KeepUploadsDays after their import is final, and the ledger says so.</summary>
public sealed class UploadRetentionTests
{
    [Fact]
    public void A_final_imports_file_is_kept_for_the_set_days_then_deleted_and_marked_gone()
    {
        var clock = new SettableClock();
        using var warehouse = new WarehouseHarness(clock, ("Imports:KeepUploadsDays", "30"));
        var import = warehouse.Import(AttendanceCsv.For(100001, 12));
        var retention = warehouse.Get<UploadRetention>();

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, retention.DeleteExpired());
        Assert.True(File.Exists(import.StoredPath));

        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, retention.DeleteExpired());
        Assert.False(File.Exists(import.StoredPath));
        var gone = warehouse.Get<ImportLedger>().Find(import.Id)!;
        Assert.Equal(clock.GetUtcNow().UtcDateTime, gone.FileDeletedAt);
        Assert.True(gone.FileDeleted);
        Assert.Equal(0, retention.DeleteExpired());
    }

    [Fact]
    public async Task A_file_shared_with_an_import_not_final_yet_is_kept()
    {
        var clock = new SettableClock();
        using var warehouse = new WarehouseHarness(clock);
        var csv = AttendanceCsv.For(100001, 12);
        var loaded = warehouse.Import(csv);
        clock.Advance(TimeSpan.FromDays(40));
        await using var again = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        await warehouse.Get<ImportSubmission>().ReceiveAsync(again, "again.csv", new ImportRequest(ImportRequest.Upload, ImportCaller.Operator), CancellationToken.None);

        Assert.Equal(0, warehouse.Get<UploadRetention>().DeleteExpired());
        Assert.True(File.Exists(loaded.StoredPath));
        Assert.False(warehouse.Get<ImportLedger>().Find(loaded.Id)!.FileDeleted);
    }

    [Fact]
    public void The_number_of_days_is_a_setting()
    {
        var clock = new SettableClock();
        using var warehouse = new WarehouseHarness(clock, ("Imports:KeepUploadsDays", "3"));
        var import = warehouse.Import(AttendanceCsv.For(100001, 12));

        clock.Advance(TimeSpan.FromDays(4));

        Assert.Equal(1, warehouse.Get<UploadRetention>().DeleteExpired());
        Assert.False(File.Exists(import.StoredPath));
    }

    [Fact]
    public async Task Inbox_copies_in_processed_and_rejected_and_their_reasons_are_deleted_the_set_days_after_they_were_moved()
    {
        var clock = new SettableClock();
        using var warehouse = new WarehouseHarness(clock, ("Imports:KeepUploadsDays", "30"));
        var inbox = warehouse.Get<InboxFolder>();
        await DropAndImportAsync(warehouse, "loaded.csv", AttendanceCsv.For(100001, 12));
        await DropAndImportAsync(warehouse, "unreadable.csv", "Nothing,This,Reader,Knows\n1,2,3,4\n");
        Assert.Equal(2, inbox.SettleFinished());
        var copies = Directory.EnumerateFiles(inbox.Inbox, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(["processed", "rejected", "rejected"], copies.Select(c => Path.GetFileName(Path.GetDirectoryName(c))).Order(StringComparer.Ordinal));
        Assert.Single(copies, c => c.EndsWith(".reason.txt", StringComparison.Ordinal));
        var retention = warehouse.Get<UploadRetention>();

        clock.Advance(TimeSpan.FromDays(29));
        retention.DeleteExpired();
        Assert.All(copies, copy => Assert.True(File.Exists(copy), $"{copy} was deleted before its time."));

        clock.Advance(TimeSpan.FromDays(2));
        retention.DeleteExpired();
        Assert.All(copies, copy => Assert.False(File.Exists(copy), $"{copy} was kept past its time."));
    }

    /// <summary>Drops a file into the inbox (written before the clock's now, so it has settled) and runs its import as the inbox scan does.</summary>
    private static async Task DropAndImportAsync(WarehouseHarness warehouse, string fileName, string csv)
    {
        var inbox = warehouse.Get<InboxFolder>();
        Directory.CreateDirectory(inbox.Inbox);
        var path = Path.Combine(inbox.Inbox, fileName);
        await File.WriteAllTextAsync(path, csv);
        File.SetLastWriteTimeUtc(path, warehouse.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddMinutes(-1));
        Assert.Equal(path, Assert.Single(inbox.NewFiles()));
        await using var file = File.OpenRead(path);
        var id = await warehouse.Get<ImportSubmission>().ReceiveAsync(
            file, fileName, new ImportRequest(ImportRequest.Inbox, ImportCaller.Operator, InboxPath: path), CancellationToken.None);
        warehouse.Get<ImportPipeline>().Import(id, CancellationToken.None);
    }
}
