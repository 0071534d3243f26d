using BelongingInsights.Etl.Demo;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class DemoSchoolListAndAuditTests
{
    [Fact]
    public void The_demonstration_school_list_and_audit_load_without_problems_and_gain_most_in_inclusive_culture()
    {
        using var warehouse = new WarehouseHarness();
        var directory = Path.Combine(warehouse.DataDirectory, "demo");

        var list = warehouse.Import(File.ReadAllText(DemoSchoolListExport.Write(directory)), "schools.csv");
        var audit = warehouse.Import(File.ReadAllText(DemoAuditExport.Write(directory)), "audit-360.csv");

        Assert.Equal((ImportStatus.Succeeded, "schools", DemoSchools.All.Count, 0), (list.Status, list.DetectedKind, list.RowsLoaded, list.ProblemCount));
        Assert.Equal((ImportStatus.Succeeded, "audit", DemoSchools.All.Count * 24, 0), (audit.Status, audit.DetectedKind, audit.RowsLoaded, audit.ProblemCount));
        Assert.Equal(
            string.Join(", ", DemoSchools.All.GroupBy(s => s.Phase == DemoPhase.AlternativeProvision ? "alternative provision" : s.Phase.ToString().ToLowerInvariant())
                .Select(g => $"{g.Key} {g.Count()}").Order(StringComparer.Ordinal)),
            warehouse.Scalar<string>("select string_agg(phase || ' ' || n, ', ' order by phase) from (select phase, count(*) as n from dim_school group by phase)"));
        Assert.Equal(
            DemoSchools.All.Count(s => s.Trust == DemoSchools.LearningTrust),
            warehouse.Scalar<long>($"select count(*) from dim_school where trust = '{DemoSchools.LearningTrust}'"));
        Assert.Equal("Creating an inclusive culture", warehouse.Scalar<string>(
            "select area from mart_audit_area group by area order by sum(case when round = 'endline' then fully_met else -fully_met end) desc limit 1"));
        Assert.Equal("Fostering positive relationships", warehouse.Scalar<string>(
            "select area from mart_audit_area group by area order by sum(case when round = 'endline' then fully_met else -fully_met end) limit 1"));
    }
}
