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

        var folder = warehouse.Get<SnapshotPublisher>().Publish().Folder;

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
        Assert.True(Directory.Exists(Path.Combine(folder, SnapshotFolders.ParquetFolder, "mart_attendance_school")));
        Assert.False(Directory.Exists(Path.Combine(folder, SnapshotFolders.ParquetFolder, "ops_import")));
    }

    [Fact]
    public void A_snapshot_opens_read_only_while_the_warehouse_is_open_and_its_files_are_owner_only()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));
        using var live = warehouse.Open();

        var folder = warehouse.Get<SnapshotPublisher>().Publish().Folder;

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
            return publisher.Publish().Folder;
        }).ToList();

        var root = Path.GetDirectoryName(published[0])!;
        Assert.Equal([published[2], published[1]], Directory.EnumerateDirectories(root).OrderDescending(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_tables_parquet_folder_reads_as_one_hive_dataset_with_the_tables_rows()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));
        warehouse.Import(MarksCsv.For(100001, 3, new DateOnly(2024, 9, 2), 5));
        warehouse.Import(MarksCsv.For(100002, 2, new DateOnly(2025, 1, 6), 5));

        var snapshot = warehouse.Get<SnapshotPublisher>().Publish();

        using var file = OpenReadOnly(snapshot.DatabaseFile);
        using var reader = new DuckDBConnection("Data Source=:memory:");
        reader.Open();
        var tables = file.Strings("select table_name from duckdb_tables() union all select view_name from duckdb_views() where not internal");
        Assert.Equal(tables.Order(StringComparer.Ordinal), Directory.EnumerateDirectories(snapshot.ParquetFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var table in tables)
        {
            var dataset = $"read_parquet('{Path.Combine(snapshot.ParquetFolder, table)}/**/*.parquet', hive_partitioning = true)";
            Assert.True(file.Scalar<long>($"select count(*) from \"{table}\"") == reader.Scalar<long>($"select count(*) from {dataset}"), table);
            var columns = file.Strings($"select column_name from duckdb_columns() where table_name = '{table}'");
            Assert.Empty(columns.Except(reader.Strings($"select column_name from (describe select * from {dataset})")));
        }
        var weeks = Path.Combine(snapshot.ParquetFolder, "fact_attendance_week");
        Assert.Equal(["academic_year=2024"], Directory.EnumerateDirectories(weeks).Select(Path.GetFileName));
        Assert.Equal(["urn=100001", "urn=100002"], Directory.EnumerateDirectories(Path.Combine(weeks, "academic_year=2024")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            file.Scalar<long>("select count(*) from fact_attendance_week as w join dim_school as s using (school_key) where s.urn = 100002"),
            reader.Scalar<long>($"select count(*) from read_parquet('{weeks}/**/*.parquet', hive_partitioning = true) where urn = 100002"));
        Assert.Contains(Directory.EnumerateDirectories(Path.Combine(snapshot.ParquetFolder, "fact_attendance")), d => Path.GetFileName(d).StartsWith("academic_year=", StringComparison.Ordinal));
        Assert.Equal(["dim_pupil.parquet"], Directory.EnumerateFileSystemEntries(Path.Combine(snapshot.ParquetFolder, "dim_pupil")).Select(Path.GetFileName));
        Assert.Equal(["pupil_hash", "pupil_key"], reader.Strings($"select column_name from (describe from '{snapshot.ParquetFolder}/dim_pupil/dim_pupil.parquet') order by 1"));
    }

    [Fact]
    public void The_dictionary_csv_gives_every_table_and_column_its_type_and_meaning()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));

        var snapshot = warehouse.Get<SnapshotPublisher>().Publish();

        using var file = OpenReadOnly(snapshot.DatabaseFile);
        using var reader = new DuckDBConnection("Data Source=:memory:");
        reader.Open();
        var dictionary = $"read_csv('{snapshot.DictionaryFile}', header = true, all_varchar = true)";
        Assert.Equal(["table", "column", "type", "meaning"], reader.Strings($"select column_name from (describe from {dictionary})"));
        Assert.Contains("HMAC", reader.Scalar<string>($"select meaning from {dictionary} where \"table\" = 'dim_pupil' and \"column\" = 'pupil_hash'"), StringComparison.Ordinal);
        Assert.Equal("VARCHAR", reader.Scalar<string>($"select type from {dictionary} where \"table\" = 'dim_pupil' and \"column\" = 'pupil_hash'"));
        Assert.StartsWith("Attendance, absence", reader.Scalar<string>($"select meaning from {dictionary} where \"table\" = 'mart_attendance_school' and \"column\" is null"), StringComparison.Ordinal);
        Assert.Equal(
            file.Scalar<long>("select count(*) from duckdb_columns() where not internal") + file.Scalar<long>("select (select count(*) from duckdb_tables()) + (select count(*) from duckdb_views() where not internal)"),
            reader.Scalar<long>($"select count(*) from {dictionary}"));
        Assert.Equal(0, reader.Scalar<long>($"select count(*) from {dictionary} where regexp_matches(coalesce(meaning, '') || coalesce(\"table\", ''), '^[=+@-]')"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\")", "'=HYPERLINK(\"http://example.org\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@sum", "'@sum")]
    [InlineData("\tx", "'\tx")]
    [InlineData("Sessions: 1 + 2", "Sessions: 1 + 2")]
    [InlineData("", "")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string text, string safe)
    {
        Assert.Equal(safe, CsvText.FormulaSafe(text));
    }

    [Fact]
    public void Refreshes_in_quick_succession_publish_one_snapshot()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));
        var publisher = warehouse.Get<SnapshotPublisher>();
        var first = DateTimeOffset.UtcNow;
        Thread.Sleep(5);
        var second = DateTimeOffset.UtcNow;
        Thread.Sleep(5);

        var published = publisher.PublishIfOlderThan(first);
        var again = publisher.PublishIfOlderThan(second);
        Thread.Sleep(5);
        var later = publisher.PublishIfOlderThan(DateTimeOffset.UtcNow);

        Assert.NotNull(published);
        Assert.Null(again);
        Assert.NotNull(later);
        Assert.Equal([later.Name, published.Name], warehouse.Get<SnapshotCatalog>().All().Select(s => s.Name));
    }

    [Fact]
    public async Task Snapshots_are_listed_while_publishing_prunes_old_ones()
    {
        using var warehouse = new WarehouseHarness(("Snapshots:Keep", "1"));
        warehouse.Import(AttendanceCsv.For(100001, 12));
        var publisher = warehouse.Get<SnapshotPublisher>();
        var catalog = warehouse.Get<SnapshotCatalog>();
        publisher.Publish();

        var publishing = Task.Run(() =>
        {
            for (var i = 0; i < 6; i++)
                publisher.Publish();
        });
        var listings = 0;
        while (!publishing.IsCompleted)
        {
            Assert.All(catalog.All(), snapshot => Assert.True(snapshot.SizeBytes > 0));
            listings++;
        }
        await publishing;

        Assert.True(listings > 1);
        Assert.Single(catalog.All());
    }

    [Fact]
    public void Publishing_up_to_now_after_a_publish_began_publishes_anew()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));
        var publisher = warehouse.Get<SnapshotPublisher>();

        var first = publisher.Publish();
        Thread.Sleep(5);
        var second = publisher.PublishUpToNow();

        Assert.NotEqual(first.Name, second.Name);
        Assert.Equal(second, warehouse.Get<SnapshotCatalog>().Find(second.Name));
        Assert.Null(warehouse.Get<SnapshotCatalog>().Find("../warehouse"));
        Assert.True(second.SizeBytes > new FileInfo(second.DatabaseFile).Length);
    }

    private static DuckDBConnection OpenReadOnly(string file)
    {
        var connection = new DuckDBConnection($"Data Source={file};access_mode=READ_ONLY");
        connection.Open();
        return connection;
    }
}
