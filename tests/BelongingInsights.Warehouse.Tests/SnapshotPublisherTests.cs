using BelongingInsights.Warehouse.Snapshots;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SnapshotPublisherTests
{
    [Fact]
    public void A_snapshot_holds_the_evaluators_schema_with_its_comments_and_no_operational_table()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));
        warehouse.Import(MarksCsv.For(100001, 3, new DateOnly(2024, 9, 2), 5));

        var folder = warehouse.Get<SnapshotPublisher>().Publish();

        using var snapshot = OpenReadOnly(Path.Combine(folder, SnapshotFolders.DatabaseFile));
        var tables = snapshot.Strings("select table_name from duckdb_tables() union all select view_name from duckdb_views() where not internal");
        Assert.Contains("mart_attendance_school", tables);
        Assert.Contains("dim_pupil", tables);
        Assert.Contains("fact_attendance_mark", tables);
        Assert.DoesNotContain(tables, t => t.StartsWith("ops_", StringComparison.Ordinal) || t.StartsWith("stg_", StringComparison.Ordinal) || t.StartsWith("work_", StringComparison.Ordinal));
        Assert.Equal(
            warehouse.Scalar<long>("select count(*) from fact_attendance_mark"),
            snapshot.Scalar<long>("select count(*) from fact_attendance_mark"));
        Assert.Equal(
            warehouse.Scalar<long>("select count(*) from mart_attendance_school"),
            snapshot.Scalar<long>("select count(*) from mart_attendance_school"));
        Assert.Contains("HMAC", snapshot.Scalar<string>("select comment from duckdb_columns() where table_name = 'dim_pupil' and column_name = 'pupil_hash'"), StringComparison.Ordinal);
        Assert.StartsWith("Each register mark", snapshot.Scalar<string>("select comment from duckdb_views() where view_name = 'fact_attendance_mark'"), StringComparison.Ordinal);
        Assert.StartsWith("Attendance, absence", snapshot.Scalar<string>("select comment from duckdb_tables() where table_name = 'mart_attendance_school'"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, SnapshotFolders.ParquetFolder, "mart_attendance_school.parquet")));
        Assert.False(File.Exists(Path.Combine(folder, SnapshotFolders.ParquetFolder, "ops_import.parquet")));
    }

    [Fact]
    public void A_snapshot_opens_read_only_while_the_warehouse_is_open_and_its_files_are_owner_only()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));
        using var live = warehouse.Open();

        var folder = warehouse.Get<SnapshotPublisher>().Publish();

        using var snapshot = OpenReadOnly(Path.Combine(folder, SnapshotFolders.DatabaseFile));
        Assert.Equal(live.Scalar<long>("select count(*) from fact_attendance"), snapshot.Scalar<long>("select count(*) from fact_attendance"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void Publishing_keeps_only_the_newest_snapshots_and_leaves_no_staging_folder()
    {
        using var warehouse = new WarehouseHarness(("Snapshots:Keep", "2"));
        warehouse.Import(AttendanceCsv.For(100001, 12));
        var publisher = warehouse.Get<SnapshotPublisher>();

        var published = Enumerable.Range(0, 3).Select(_ =>
        {
            Thread.Sleep(5);
            return publisher.Publish();
        }).ToList();

        var root = Path.GetDirectoryName(published[0])!;
        Assert.Equal([published[2], published[1]], Directory.EnumerateDirectories(root).OrderDescending(StringComparer.Ordinal));
    }

    private static DuckDBConnection OpenReadOnly(string file)
    {
        var connection = new DuckDBConnection($"Data Source={file};access_mode=READ_ONLY");
        connection.Open();
        return connection;
    }
}
