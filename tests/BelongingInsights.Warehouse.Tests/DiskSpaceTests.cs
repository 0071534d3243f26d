using System.Globalization;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// An import that may not fit on the data directory's disk is refused before it starts, saying how much room there is
/// and what it needs, and loads nothing: DuckDB cannot go on after one of its own writes fails for want of space.
/// </summary>
public sealed class DiskSpaceTests
{
    [Fact]
    public void An_import_that_may_not_fit_on_the_disk_is_refused_before_it_starts_and_the_same_file_loads_where_there_is_room()
    {
        var file = AttendanceCsv.For(100001, 20);
        var freeMegabytes = new DriveInfo(Path.GetTempPath()).AvailableFreeSpace / (1024 * 1024);
        using (var full = new WarehouseHarness(("Imports:MinFreeDiskMegabytes", (freeMegabytes + 1024).ToString(CultureInfo.InvariantCulture))))
        {
            var refused = full.Import(file);

            Assert.Equal((ImportStatus.Failed, 0, 0L), (refused.Status, refused.RowsLoaded, full.Scalar<long>("select count(*) from fact_attendance")));
            Assert.StartsWith("The data directory's disk has ", refused.Message, StringComparison.Ordinal);
            Assert.Contains("kept free by the Imports:MinFreeDiskMegabytes setting), so nothing was loaded.", refused.Message, StringComparison.Ordinal);
        }

        using var roomy = new WarehouseHarness();
        var loaded = roomy.Import(file);
        Assert.Equal((ImportStatus.Succeeded, 20), (loaded.Status, loaded.RowsLoaded));
    }
}
