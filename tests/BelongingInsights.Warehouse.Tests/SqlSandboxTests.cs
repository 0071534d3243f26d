using BelongingInsights.Warehouse.Snapshots;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SqlSandboxTests(SqlSandboxTests.Published published) : IClassFixture<SqlSandboxTests.Published>
{
    /// <summary>One warehouse with a published snapshot, shared by the tests that only read it.</summary>
    public sealed class Published : IDisposable
    {
        public WarehouseHarness Warehouse { get; } = PublishedWarehouse();

        public void Dispose() => Warehouse.Dispose();
    }

    public static TheoryData<string, string> Escapes => new()
    {
        { "create table x as select 1", "Only a query that reads" },
        { "insert into dim_school select * from dim_school", "Only a query that reads" },
        { "delete from dim_pupil", "Only a query that reads" },
        { "drop table dim_pupil", "Only a query that reads" },
        { "create temp table x as select 1", "Only a query that reads" },
        { "attach '/tmp/other.duckdb' as other", "ATTACH" },
        { "  -- a comment\n ATTACH ':memory:' as m", "ATTACH" },
        { "detach bi_snapshot", "ATTACH" },
        { "copy dim_pupil to '/tmp/pupils.csv'", "COPY" },
        { "export database '/tmp/everything'", "COPY" },
        { "install httpfs", "INSTALL" },
        { "load httpfs", "INSTALL" },
        { "set enable_external_access = true", "SET" },
        { "reset lock_configuration", "SET" },
        { "pragma enable_profiling", "SET" },
        { "select 1; select 2", "one statement" },
        { "select * from read_csv('/etc/passwd')", "disabled" },
        { "select * from read_text('/etc/hostname')", "disabled" },
        { "select * from read_parquet('/tmp/x.parquet')", "disabled" },
        { "select * from glob('/etc/*')", "disabled" },
        { "select * from 'https://example.org/data.csv'", "disabled" },
        { "select * from read_json('/etc/passwd')", "disabled" },
        { "select * from read_blob('/etc/hostname')", "disabled" },
        { "select * from sniff_csv('/etc/passwd')", "disabled" },
        { "update dim_school set name = 'x'", "Only a query that reads" },
        { "checkpoint", "Only a query that reads" },
        { "call pragma_version()", "SET" },
        { "select getenv('HOME')", "getenv" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task An_escape_attempt_is_refused_with_its_reason(string sql, string reason)
    {
        var warehouse = published.Warehouse;
        var before = Files(warehouse.DataDirectory);

        var refused = await Assert.ThrowsAsync<SqlQueryRefused>(() => warehouse.Get<SqlSandbox>().RunAsync(sql, CancellationToken.None));

        Assert.Contains(reason, refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(warehouse.DataDirectory, refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, Files(warehouse.DataDirectory));
        Assert.False(File.Exists("/tmp/pupils.csv"));
    }

    [Fact]
    public async Task A_query_reads_the_snapshot_with_its_columns_and_types()
    {
        var warehouse = published.Warehouse;

        var result = await warehouse.Get<SqlSandbox>().RunAsync("select count(*) as pupils, 'x' as label from dim_pupil", CancellationToken.None);

        Assert.Equal(["pupils", "label"], result.Columns.Select(c => c.Name));
        Assert.Equal(warehouse.Scalar<long>("select count(*) from dim_pupil"), Convert.ToInt64(Assert.Single(result.Rows)[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task A_result_longer_than_the_row_limit_is_cut_and_marked_truncated()
    {
        using var warehouse = PublishedWarehouse(("Snapshots:RowLimit", "5"));

        var result = await warehouse.Get<SqlSandbox>().RunAsync("select * from range(100)", CancellationToken.None);

        Assert.Equal(5, result.Rows.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public async Task A_query_as_parquet_holds_its_rows_and_types_and_leaves_no_file_behind()
    {
        var warehouse = published.Warehouse;
        var before = Files(warehouse.DataDirectory);

        var parquet = await warehouse.Get<SqlSandbox>().ParquetAsync(
            "-- pupils per school\nselect count(*) as pupils, 'x' as label, date '2024-09-01' as since from dim_pupil;", CancellationToken.None);

        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.parquet");
        await File.WriteAllBytesAsync(file, parquet);
        try
        {
            using var reader = new WarehouseHarness();
            Assert.Equal(
                $"{warehouse.Scalar<long>("select count(*) from dim_pupil")}|x|2024-09-01|BIGINT",
                reader.Scalar<string>($"select concat_ws('|', pupils, label, since, typeof(pupils)) from read_parquet('{file}') where typeof(since) = 'DATE'"));
        }
        finally
        {
            File.Delete(file);
        }
        Assert.Equal(before, Files(warehouse.DataDirectory));
    }

    [Theory]
    [InlineData("select 1) to '/tmp/escaped.csv' (format csv); --")]
    [InlineData("select 1 as a --\n) to '/tmp/escaped.csv' (format csv")]
    [InlineData("select * from read_csv('/etc/passwd')")]
    public async Task A_parquet_download_cannot_reach_outside_the_sandbox(string sql)
    {
        var warehouse = published.Warehouse;

        await Assert.ThrowsAsync<SqlQueryRefused>(() => warehouse.Get<SqlSandbox>().ParquetAsync(sql, CancellationToken.None));

        Assert.False(File.Exists("/tmp/escaped.csv"));
    }

    [Fact]
    public async Task A_parquet_download_is_cut_at_the_row_limit()
    {
        using var warehouse = PublishedWarehouse(("Snapshots:RowLimit", "5"));

        var parquet = await warehouse.Get<SqlSandbox>().ParquetAsync("select * from range(100)", CancellationToken.None);

        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.parquet");
        await File.WriteAllBytesAsync(file, parquet);
        try
        {
            Assert.Equal(5, warehouse.Scalar<long>($"select count(*) from read_parquet('{file}')"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_query_over_the_time_limit_is_stopped()
    {
        using var warehouse = PublishedWarehouse(("Snapshots:QueryTimeoutSeconds", "1"));
        var started = DateTime.UtcNow;

        var refused = await Assert.ThrowsAsync<SqlQueryRefused>(() => warehouse.Get<SqlSandbox>().RunAsync(
            "select count(*) from range(1000000000) as a(i), range(1000) as b(j) where a.i * b.j % 7 = 3", CancellationToken.None));

        Assert.Contains("limit", refused.Message, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Without_a_snapshot_the_sandbox_says_so()
    {
        using var warehouse = new WarehouseHarness();

        var refused = await Assert.ThrowsAsync<SqlQueryRefused>(() => warehouse.Get<SqlSandbox>().RunAsync("select 1", CancellationToken.None));

        Assert.Contains("No snapshot", refused.Message, StringComparison.Ordinal);
    }

    private static WarehouseHarness PublishedWarehouse(params (string Key, string Value)[] settings)
    {
        var warehouse = new WarehouseHarness(settings);
        warehouse.Import(AttendanceCsv.For(100001, 12));
        warehouse.Get<SnapshotPublisher>().Publish();
        return warehouse;
    }

    /// <summary>Every file under the folder; the sandbox's own folder for Parquet results may stay, empty, once made.</summary>
    private static List<string> Files(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
