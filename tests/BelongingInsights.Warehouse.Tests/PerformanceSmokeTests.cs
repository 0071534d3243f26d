using BelongingInsights.Performance;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class PerformanceSmokeTests
{
    [Fact]
    public void The_tiny_performance_run_runs_end_to_end_and_prints_its_table()
    {
        var workDirectory = Directory.CreateTempSubdirectory("bi-performance-test-").FullName;
        try
        {
            var result = PerformanceRun.Run(PerformanceScale.Tiny, workDirectory, TextWriter.Null, audit: true);
            using var output = new StringWriter();
            ResultTable.Print(result, output);

            Assert.Equal((ImportStatus.Succeeded, 3_800, 3_800L), (result.ImportStatus, result.RowsLoaded, result.Marks));
            Assert.NotNull(result.DuckDBReadCsv);
            Assert.True(result.PostgresCopy is not null || result.PostgresSkipped is not null);
            Assert.Contains("| DuckDB read_csv into a bare table |", output.ToString(), StringComparison.Ordinal);
            Assert.Null(result.ApiFailed);
            Assert.True(result.ApiIngest > TimeSpan.Zero);
            Assert.Contains("| through the API: upload start until martsRefreshedAt |", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("Peak memory during ingest", output.ToString(), StringComparison.Ordinal);
            Assert.Contains(result.Queries, q => q.Query == "attendance by school and term" && q.Rows > 0);
            Assert.Contains(result.Queries, q => q.Query == "items by All respondents" && q.Rows > 0);
            Assert.Contains("| Attendance | attendance by school and term |", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(workDirectory, recursive: true);
        }
    }
}
