using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.MartRefresh;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// A mart refresh that runs out of room: the data directory on a real disk of 48 MB (a tmpfs) with 64 KB left when the
/// refresh after a marks import starts (a filler file takes the rest, as when the disk is shared with something that
/// grows), or DuckDB's memory limit lowered below what the refresh needs. The refresh fails saying why, the marts the
/// pages read stay row for row as they were, and the warehouse answers without a restart; once the filler is deleted
/// (the limit raised), the next import's refresh brings every mart to what a warehouse that never ran out holds.
/// </summary>
public sealed class DiskFullRefreshTests
{
    private const int Urn = 100002;
    private static readonly DateOnly Autumn = new(2024, 9, 2);
    private static readonly string Summary = AttendanceCsv.For(100001, 20);
    private static readonly string Census = CensusCsv.For(Urn, "03/10/2024", [.. Enumerable.Range(1, 2_000).Select(p => (p, p % 2 == 0 ? "F" : "M", p % 5 == 0 ? "K" : "N"))]);
    private static readonly string Marks = MarksCsv.For(Urn, 2_000, Autumn, days: 60);
    private static readonly string Later = AttendanceCsv.For(100003, 15);

    /// <summary>The marts of a warehouse that loaded the same four files without a fault, built once for both cases.</summary>
    private static readonly Lazy<List<string>> Control = new(() =>
    {
        using var control = new WarehouseHarness();
        control.Import(Summary);
        control.Import(Census, "census.csv");
        control.Import(Marks, "marks.csv");
        control.Import(Later);
        return Marts(control);
    });

    [Fact]
    public async Task A_refresh_that_fills_the_disk_leaves_the_marts_as_they_were_and_the_next_refresh_catches_up_once_there_is_room()
    {
        using var disk = await SmallDisk.MountAsync(48);
        using var warehouse = WarehouseHarness.In(
            Directory.CreateDirectory(Path.Combine(disk.Path, "data")).FullName, ("Imports:MinFreeDiskMegabytes", "0"));
        var before = LoadLeavingMartsStale(warehouse);
        disk.FillLeaving(64 * 1024);

        var failure = Record.Exception(() => warehouse.Get<MartRefresher>().Refresh());

        Assert.StartsWith("The server's disk filled up while the marts were being refreshed (it has ", failure?.Message, StringComparison.Ordinal);
        Assert.Contains("so the pages still show the figures of the last refresh that finished; no data was lost. An administrator can free space on the data directory's disk", failure!.Message, StringComparison.Ordinal);
        Assert.Contains(warehouse.Log.Messages, message => message.StartsWith("The marts were not refreshed: the data directory's disk filled", StringComparison.Ordinal));
        Assert.Equal(failure.Message, warehouse.Get<LastMartRefresh>().Failure);
        Assert.Equal(before, Marts(warehouse));

        disk.Free();
        CatchesUp(warehouse, before);
    }

    [Fact]
    public void A_refresh_out_of_memory_leaves_the_marts_as_they_were_and_the_next_refresh_catches_up_once_the_limit_is_raised()
    {
        using var warehouse = new WarehouseHarness();
        var before = LoadLeavingMartsStale(warehouse);
        warehouse.SetMemoryLimit("8MB");

        var failure = Record.Exception(() => warehouse.Get<MartRefresher>().Refresh());

        Assert.StartsWith("The marts needed more memory than the warehouse may use (the Warehouse:MemoryLimit setting, 500MB) while they were being refreshed, so the pages still show the figures of the last refresh that finished", failure?.Message, StringComparison.Ordinal);
        Assert.Contains(warehouse.Log.Messages, message => message.StartsWith("The marts were not refreshed: they needed more memory than Warehouse:MemoryLimit", StringComparison.Ordinal));
        Assert.Equal(before, Marts(warehouse));

        warehouse.SetMemoryLimit("500MB");
        CatchesUp(warehouse, before);
    }

    /// <summary>Loads a summary and a census with their marts, then 240,000 marks leaving the marts stale; returns the marts.</summary>
    private static List<string> LoadLeavingMartsStale(WarehouseHarness warehouse)
    {
        warehouse.Import(Summary);
        Assert.Equal(ImportStatus.Succeeded, warehouse.Import(Census, "census.csv").Status);
        Assert.Equal(ImportStatus.Succeeded, warehouse.ImportLeavingMartsStale(Marks, "marks.csv").Status);
        return Marts(warehouse);
    }

    /// <summary>The next import, and its refresh, leave every mart as a warehouse that loaded the same files without a fault.</summary>
    private static void CatchesUp(WarehouseHarness warehouse, List<string> before)
    {
        Assert.Equal(ImportStatus.Succeeded, warehouse.Import(Later).Status);
        Assert.Null(warehouse.Get<LastMartRefresh>().Failure);
        var caughtUp = Marts(warehouse);
        Assert.Equal(Control.Value, caughtUp);
        Assert.NotEqual(before, caughtUp);
    }

    /// <summary>Every row of every <c>mart_*</c> table, each as "table: row", sorted: what the pages read.</summary>
    private static List<string> Marts(WarehouseHarness warehouse)
    {
        using var connection = warehouse.Open();
        var tables = connection.Strings("select table_name from duckdb_tables() where table_name like 'mart\\_%' escape '\\' order by table_name");
        Assert.NotEmpty(tables);
        return [.. tables.SelectMany(table => connection.Strings($"select '{table}: ' || t::varchar as r from \"{table}\" as t order by r"))];
    }
}
