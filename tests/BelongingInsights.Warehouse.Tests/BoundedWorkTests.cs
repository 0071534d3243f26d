using System.Text;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>A file beyond the Imports limits is refused early, by a message naming the file, the row and the setting.</summary>
public sealed class BoundedWorkTests
{
    [Fact]
    public async Task A_200_MB_line_is_refused_without_being_read_into_memory()
    {
        using var warehouse = new WarehouseHarness();
        var path = Path.Combine(warehouse.DataDirectory, "one-line.csv");
        await using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            await file.WriteAsync(AttendanceCsv.Header + "\n" + AttendanceCsv.Upn(1) + ",100001,");
            var block = new string('x', 1 << 20);
            for (var megabyte = 0; megabyte < 200; megabyte++)
                await file.WriteAsync(block);
            await file.WriteAsync(",02/09/2024,20/12/2024,100,95,0,3,2\n");
        }
        Guid id;
        await using (var content = File.OpenRead(path))
            id = await warehouse.Get<ImportSubmission>().ReceiveAsync(content, "one-line.csv", new ImportRequest(ImportRequest.Upload, ImportCaller.Operator), CancellationToken.None);
        File.Delete(path);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var import = warehouse.Get<ImportPipeline>().Import(id, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Contains("Row 2 of 'one-line.csv' is longer than 1024 KB (the Imports:MaxLineKilobytes setting)", import.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"Refusing the file allocated {allocated >> 20} MB.");
    }

    [Fact]
    public void A_header_with_more_columns_than_the_setting_is_refused_before_its_columns_are_matched()
    {
        using var warehouse = new WarehouseHarness(("Imports:MaxColumns", "100"));
        var header = string.Join(',', Enumerable.Range(1, 101).Select(i => $"Column {i}"));

        var import = warehouse.Import(header + "\n" + string.Join(',', Enumerable.Repeat("1", 101)) + "\n", "wide.csv");

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Contains("Row 1 of 'wide.csv' has 101 columns, more than 100 (the Imports:MaxColumns setting)", import.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stored_problems_are_limited_in_number_and_each_value_is_cut()
    {
        using var warehouse = new WarehouseHarness(("Imports:MaxStoredProblems", "10"), ("Imports:MaxProblemValueLength", "50"));
        var huge = new string('9', 500_000);
        var csv = AttendanceCsv.For(100001, 100).Replace("02/09/2024", huge, StringComparison.Ordinal);

        var import = warehouse.Import(csv, "huge-cells.csv");
        var problems = warehouse.Problems(import);

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.True(import.ProblemCount >= 100, $"Only {import.ProblemCount} problems were counted.");
        Assert.InRange(problems.Count, 1, 11);
        Assert.All(problems, p => Assert.True((p.Value?.Length ?? 0) <= 51, $"A stored value has {p.Value?.Length} characters."));
        Assert.Contains(problems, p => p.Value == new string('9', 50) + "…");
    }

    [Fact]
    public async Task A_fault_says_it_will_be_retried_only_when_a_retry_follows()
    {
        using var warehouse = new WarehouseHarness();
        var first = await ReceiveMissing(warehouse, pupils: 3);
        var last = await ReceiveMissing(warehouse, pupils: 4);
        var pipeline = warehouse.Get<ImportPipeline>();

        Assert.ThrowsAny<IOException>(() => pipeline.Import(first, retried: true, CancellationToken.None));
        Assert.ThrowsAny<IOException>(() => pipeline.Import(last, retried: false, CancellationToken.None));

        var ledger = warehouse.Get<ImportLedger>();
        Assert.Contains("will be retried", ledger.Find(first)!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("retried", ledger.Find(last)!.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A title row above the header sends a marks file through the row-by-row reader, which stages every mark before
    /// building weeks from them; the bulk path appends weeks as it reads. Under a 40 MB memory limit both load the same
    /// 560,000 marks into the same weeks, as at 500 MB both load 10 million (docs/performance.md); the lowest limits
    /// each loads them under are in docs/operations.md (bounded work per file).
    /// </summary>
    [Fact]
    public void A_marks_file_read_row_by_row_loads_within_a_small_memory_limit_as_in_bulk()
    {
        const int marks = 4_000 * 70 * 2;
        var plain = MarksCsv.For(100002, 4_000, new DateOnly(2024, 9, 2), 70);
        var loaded = new List<string?>();
        foreach (var (csv, inBulk) in new[] { (plain, true), ("Attendance Marks - Summer Term 2024/25\n" + plain, false) })
        {
            using var warehouse = new WarehouseHarness(("Warehouse:MemoryLimit", "40MB"));

            var import = warehouse.ImportLeavingMartsStale(csv, "marks.csv");

            Assert.True(import.Status == ImportStatus.Succeeded, import.Message);
            Assert.Equal(inBulk, warehouse.Log.Messages.Any(message => message.Contains("staged in bulk", StringComparison.Ordinal)));
            Assert.Equal((marks, (long)marks), (import.RowsLoaded, warehouse.Scalar<long>("select count(*) from fact_attendance_mark")));
            loaded.Add(warehouse.Scalar<string>(LoadedWeeks) + " " + warehouse.Scalar<string>(LoadedMarks));
        }
        Assert.Equal(loaded[0], loaded[1]);
    }

    /// <summary>The weeks loaded, counted and summed as hashes of their school, pupil, dates and counts, whatever their keys.</summary>
    private const string LoadedWeeks = """
        select (count(*), sum(hash(s.urn, p.pupil_hash, w.week_start, w.academic_year, w.period_start, w.period_end, w.possible_sessions,
            w.present_sessions, w.aea_sessions, w.authorised_absence, w.unauthorised_absence, w.not_counted_sessions)))::varchar
        from fact_attendance_week as w
        inner join dim_school as s using (school_key)
        inner join dim_pupil as p using (pupil_key)
        """;

    /// <summary>The marks loaded, counted and summed as hashes of their school, pupil, session, raw mark and code.</summary>
    private const string LoadedMarks = """
        select (count(*), sum(hash(s.urn, p.pupil_hash, m.session_date, m.session, m.raw_mark, m.attendance_code_key)))::varchar
        from fact_attendance_mark as m
        inner join dim_school as s using (school_key)
        inner join dim_pupil as p using (pupil_key)
        """;

    /// <summary>An upload whose stored file is gone before its import runs, so the import faults.</summary>
    private static async Task<Guid> ReceiveMissing(WarehouseHarness warehouse, int pupils)
    {
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(AttendanceCsv.For(100001, pupils)));
        var id = await warehouse.Get<ImportSubmission>().ReceiveAsync(content, "gone.csv", new ImportRequest(ImportRequest.Upload, ImportCaller.Operator), CancellationToken.None);
        File.Delete(warehouse.Get<ImportLedger>().Find(id)!.StoredPath);
        return id;
    }
}
