using System.Globalization;
using System.Text;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.MartRefresh;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// The data directory on a real disk of 48 MB (a tmpfs) that fills while an import is loaded into DuckDB, as when the
/// disk is shared with something else that grows: the upload fits and the import starts with room, then a filler file
/// takes all but 512 KB. The import ends failed, saying the disk is full and what to free, is not retried, and leaves
/// every fact, mart and other import as it was; once the filler is deleted the same file loads, its rows there once.
/// </summary>
public sealed class DiskFullImportTests
{
    private const int Marks = 2_000 * 60 * 2;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_that_fills_the_disk_fails_whole_saying_what_to_free_and_loads_once_there_is_room(bool titleRow)
    {
        using var disk = await SmallDisk.MountAsync(48);
        using var warehouse = WarehouseHarness.In(
            Directory.CreateDirectory(Path.Combine(disk.Path, "data")).FullName, ("Imports:MinFreeDiskMegabytes", "0"));
        warehouse.Import(AttendanceCsv.For(100001, 20));
        var marks = (titleRow ? "Attendance Marks - Autumn Term 2024/25\n" : "") + MarksCsv.For(100002, 2_000, new DateOnly(2024, 9, 2), 60);
        var id = await Receive(warehouse, marks);
        var before = Fingerprints(warehouse);
        var filling = FillOnceRunning(warehouse.Get<ImportLedger>(), id, disk);
        var failed = warehouse.Get<ImportPipeline>().Import(id, retried: true, CancellationToken.None);
        Assert.True(await filling, "The import ended before it was seen running, so the disk was filled too late.");
        warehouse.Get<MartRefresher>().Refresh();

        Assert.Equal((ImportStatus.Failed, 0), (failed.Status, failed.RowsLoaded));
        Assert.StartsWith("The server's disk filled up while this file was being loaded into the warehouse", failed.Message, StringComparison.Ordinal);
        Assert.Contains("so nothing was loaded and the warehouse is as it was before. It will not be retried on its own: an administrator can free space on the data directory's disk", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("will be retried", failed.Message, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprints(warehouse));

        disk.Free();
        var loaded = warehouse.Get<ImportPipeline>().Import(await Receive(warehouse, marks), CancellationToken.None);

        Assert.Equal((ImportStatus.Succeeded, Marks), (loaded.Status, loaded.RowsLoaded));
        Assert.Equal((20L, (long)Marks), (warehouse.Scalar<long>("select count(*) from fact_attendance"), warehouse.Scalar<long>("select count(*) from fact_attendance_mark")));
        Assert.Equal((long)Marks, warehouse.Scalar<long>($"select count(*) from fact_attendance_mark where import_id = '{loaded.Id}'"));
    }

    /// <summary>
    /// Fills the disk as soon as the import leaves the queue, on a thread of its own (a pool thread may not run until the
    /// import is over when the other tests keep the pool busy); true when the import was still running then. It stops
    /// looking after a minute, so a test whose import never starts fails instead of waiting for ever.
    /// </summary>
    private static Task<bool> FillOnceRunning(ImportLedger ledger, Guid id, SmallDisk disk) =>
        Task.Factory.StartNew(() =>
        {
            var deadline = DateTime.UtcNow.AddMinutes(1);
            string status;
            while ((status = ledger.Find(id)!.Status) == ImportStatus.Queued && DateTime.UtcNow < deadline)
                Thread.Sleep(1);
            disk.FillLeaving(512 * 1024);
            return status == ImportStatus.Running;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static async Task<Guid> Receive(WarehouseHarness warehouse, string csv)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await warehouse.Get<ImportSubmission>().ReceiveAsync(content, "marks.csv", new ImportRequest(ImportRequest.Upload, ImportCaller.Operator), CancellationToken.None);
    }

    /// <summary>Every table's row count and the hash of its rows ("table=count/hash"), but the ledger's and the refresh's own, and the loaded imports.</summary>
    private static List<string> Fingerprints(WarehouseHarness warehouse)
    {
        using var connection = warehouse.Open();
        var tables = connection.Strings("select table_name from duckdb_tables() where table_name not in ('ops_import', 'ops_import_problem', 'ops_mart_refresh') order by table_name");
        var fingerprints = string.Join(" union all ", tables.Select((table, i) => string.Create(CultureInfo.InvariantCulture,
            $"select {i} as n, '{table}=' || count(*) || '/' || coalesce(sum(hash(t)), 0) as f from \"{table}\" as t")));
        return [.. connection.Strings($"select f from ({fingerprints}) order by n"),
            .. connection.Strings("select import_id || ' ' || status || ' ' || rows_loaded from ops_import where status = 'succeeded' order by import_id")];
    }
}
