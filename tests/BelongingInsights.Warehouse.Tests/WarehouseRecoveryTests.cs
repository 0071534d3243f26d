using System.Diagnostics;
using System.Text;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// DuckDB stops the whole database when one of its own writes fails (here the checkpoint after a load, out of a memory
/// limit lowered for the test; a full disk does the same): the warehouse is opened afresh without a restart, keeps what
/// it held, and the import (run again if a fault escaped, as the job's retry would) ends loaded once.
/// </summary>
public sealed class WarehouseRecoveryTests
{
    [Fact]
    public async Task After_DuckDB_stops_the_database_it_is_opened_afresh_and_the_import_loads_once()
    {
        var marks = MarksCsv.For(100002, 2000, new DateOnly(2024, 9, 2), 60);
        long expected;
        using (var control = new WarehouseHarness())
        {
            control.Import(marks, "marks.csv");
            expected = control.Scalar<long>("select count(*) from fact_attendance_mark");
        }
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 20));
        Guid id;
        using (var content = new MemoryStream(Encoding.UTF8.GetBytes(marks)))
            id = await warehouse.Get<ImportSubmission>().ReceiveAsync(content, "marks.csv", new ImportRequest(ImportRequest.Upload, ImportCaller.Operator), CancellationToken.None);
        using (var connection = warehouse.Open())
            connection.Execute("set memory_limit = '32MB'");
        var pipeline = warehouse.Get<ImportPipeline>();

        var deadline = Stopwatch.StartNew();
        ImportRecord? import = null;
        while (import is null)
        {
            try
            {
                import = pipeline.Import(id, CancellationToken.None);
            }
            catch (DuckDBException) when (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(500);
            }
        }

        Assert.Contains(warehouse.Log.Messages, message => message.StartsWith("DuckDB had stopped the warehouse", StringComparison.Ordinal));
        Assert.Equal(ImportStatus.Succeeded, import.Status);
        Assert.Equal((20L, expected), (warehouse.Scalar<long>("select count(*) from fact_attendance"), warehouse.Scalar<long>("select count(*) from fact_attendance_mark")));
    }
}
