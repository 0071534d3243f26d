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
            Assert.Equal(ImportStatus.Succeeded, await ImportAsync(warehouse, path));
        var moved = inbox.SettleFinished();

        Assert.Equal(2, moved);
        Assert.Empty(Directory.EnumerateFiles(inbox.Inbox));
        var processed = Directory.EnumerateFiles(Path.Combine(inbox.Inbox, "processed")).Select(Path.GetFileName).ToList();
        Assert.Equal(2, processed.Count);
        Assert.All(processed, name => Assert.True(name!.Length <= 255 - ".reason.txt".Length, $"{name} is too long."));
        Assert.Contains(processed, name => name!.EndsWith("-z-next.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_summary_in_a_folder_named_for_its_term_loads_for_that_term_and_one_without_a_period_is_rejected_with_its_reason_beside_it()
    {
        using var warehouse = new WarehouseHarness();
        var inbox = warehouse.Get<InboxFolder>();
        var undated = $"UPN,URN,Possible,Present,AEA,Authorised,Unauthorised\n{AttendanceCsv.Upn(1)},100001,10,8,0,1,1\n";
        var spring = await DropAsync(inbox, Path.Combine("Spring 2024-25", "summary.csv"), undated);
        var named = await DropAsync(inbox, "summary summer term 2024-2025.csv", undated.Replace(",100001,", ",100002,", StringComparison.Ordinal));
        var unknown = await DropAsync(inbox, Path.Combine("misc", "summary.csv"), undated.Replace(",100001,", ",100003,", StringComparison.Ordinal));

        Assert.Equal(new[] { spring, named, unknown }.Order(StringComparer.Ordinal), inbox.NewFiles().Order(StringComparer.Ordinal));
        var statuses = new List<string>();
        foreach (var path in new[] { spring, named, unknown })
            statuses.Add(await ImportAsync(warehouse, path, inbox.PeriodOf(path)?.FieldText));
        inbox.SettleFinished();

        Assert.Equal([ImportStatus.Succeeded, ImportStatus.Succeeded, ImportStatus.Rejected], statuses);
        Assert.Equal("2025-01-01 2025-03-31 100001 | 2025-04-01 2025-08-31 100002", warehouse.Scalar<string>(
            "select string_agg(f.period_start || ' ' || f.period_end || ' ' || s.urn, ' | ' order by f.period_start) from fact_attendance as f join dim_school as s using (school_key)"));
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(inbox.Inbox, "processed")), p => p.EndsWith("-Spring 2024-25 - summary.csv", StringComparison.Ordinal));
        var reason = Assert.Single(Directory.EnumerateFiles(Path.Combine(inbox.Inbox, "rejected"), "*-misc - summary.csv.reason.txt"));
        Assert.Contains("'inbox/Autumn 2024-25/'", await File.ReadAllTextAsync(reason), StringComparison.Ordinal);
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
        var path = Path.Combine(inbox.Inbox, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, csv);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        return path;
    }

    /// <summary>Receives and imports an inbox file as the inbox scan does, with the period it was given; returns the import's status.</summary>
    private static async Task<string> ImportAsync(WarehouseHarness warehouse, string path, string? period = null)
    {
        await using var file = File.OpenRead(path);
        var id = await warehouse.Get<ImportSubmission>().ReceiveAsync(
            file, Path.GetFileName(path), new ImportRequest(ImportRequest.Inbox, ImportCaller.Operator, InboxPath: path, Period: period), CancellationToken.None);
        return warehouse.Get<ImportPipeline>().Import(id, CancellationToken.None).Status;
    }

    private sealed class MinuteAheadClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddMinutes(1);
    }
}
