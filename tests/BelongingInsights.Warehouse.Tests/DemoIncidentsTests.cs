using BelongingInsights.Etl.Demo;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

public sealed class DemoIncidentsTests
{
    [Fact]
    public void The_demo_behaviour_and_suspensions_load_cleanly_and_the_secondary_schools_show_a_suspension_rate_every_term()
    {
        using var warehouse = new WarehouseHarness();
        var directory = Path.Combine(warehouse.DataDirectory, "demo");
        string[] files = [DemoAttendanceExport.Write(directory), .. DemoIncidentExports.Write(directory)];

        var imports = files.Select(path => warehouse.Import(File.ReadAllText(path), Path.GetFileName(path))).ToList();

        Assert.All(imports, import => Assert.Equal((ImportStatus.Succeeded, 0), (import.Status, import.RowsQuarantined)));
        var northgate = warehouse.Get<ExclusionsBySchoolQuery>().Run(AccessScope.Everything)
            .Where(r => r.SchoolName == "Northgate High (demo)" && r.CountingWindow == "term").ToList();
        Assert.Equal(DemoCalendar.Terms.Count, northgate.Count);
        Assert.All(northgate, term => Assert.NotNull(term.SuspensionRate));
    }
}
