using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>One inbox file that cannot be read or moved is set aside or skipped, and the files after it are still imported.</summary>
public sealed class InboxSetAsideTests
{
    [Fact]
    public async Task A_file_with_a_246_character_name_is_moved_under_a_shortened_name_and_the_next_file_still_moves()
    {
        using var warehouse = new WarehouseHarness();
        var inbox = warehouse.Get<InboxFolder>();
        var longName = new string('a', 242) + ".csv";
        await DropAsync(inbox, longName, AttendanceCsv.For(100001, 12));
        await DropAsync(inbox, "z-next.csv", AttendanceCsv.For(100002, 12));

        foreach (var path in inbox.NewFiles().ToList())
            await ImportAsync(warehouse, path);
        var moved = inbox.SettleFinished();

        Assert.Equal(2, moved);
        Assert.Empty(Directory.EnumerateFiles(inbox.Inbox));
        var processed = Directory.EnumerateFiles(Path.Combine(inbox.Inbox, "processed")).Select(Path.GetFileName).ToList();
        Assert.Equal(2, processed.Count);
        Assert.All(processed, name => Assert.True(name!.Length <= 255 - ".reason.txt".Length, $"{name} is too long."));
        Assert.Contains(processed, name => name!.EndsWith("-z-next.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_set_aside_with_its_reason_and_the_others_are_taken()
    {
        // A minute ahead, so the link made just now (whose own time cannot be set) has settled.
        using var warehouse = new WarehouseHarness(new MinuteAheadClock());
        var inbox = warehouse.Get<InboxFolder>();
        Directory.CreateDirectory(inbox.Inbox);
        var unreadable = Path.Combine(inbox.Inbox, "a-unreadable.csv");
        File.CreateSymbolicLink(unreadable, Path.Combine(warehouse.DataDirectory, "nothing-here.csv"));
        var good = await DropAsync(inbox, "b-good.csv", AttendanceCsv.For(100001, 12));

        var taken = inbox.NewFiles().ToList();

        Assert.Equal([good], taken);
        Assert.False(File.Exists(unreadable) || new FileInfo(unreadable).LinkTarget is not null, "The unreadable file was left in the inbox.");
        var reason = Assert.Single(Directory.EnumerateFiles(Path.Combine(inbox.Inbox, "rejected"), "*.reason.txt"));
        Assert.Contains("could not be read", await File.ReadAllTextAsync(reason), StringComparison.Ordinal);
    }

    /// <summary>Writes a file into the inbox, dated a minute ago so it has settled.</summary>
    private static async Task<string> DropAsync(InboxFolder inbox, string fileName, string csv)
    {
        Directory.CreateDirectory(inbox.Inbox);
        var path = Path.Combine(inbox.Inbox, fileName);
        await File.WriteAllTextAsync(path, csv);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        return path;
    }

    private static async Task ImportAsync(WarehouseHarness warehouse, string path)
    {
        await using var file = File.OpenRead(path);
        var id = await warehouse.Get<ImportSubmission>().ReceiveAsync(
            file, Path.GetFileName(path), new ImportRequest(ImportRequest.Inbox, ImportCaller.Operator, InboxPath: path), CancellationToken.None);
        Assert.Equal(ImportStatus.Succeeded, warehouse.Get<ImportPipeline>().Import(id, CancellationToken.None).Status);
    }

    private sealed class MinuteAheadClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddMinutes(1);
    }
}
