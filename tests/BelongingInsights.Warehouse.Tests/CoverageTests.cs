using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>The coverage grid over a known set of uploads: received, partly received (rows held back) and missing, gaps first.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void Each_school_term_and_kind_is_received_partly_received_or_missing_with_the_gaps_first()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.WithAbsences(100001, [1, 2, 3, 4], school: "Ash Primary"), "ash.csv");
        var birch = AttendanceCsv.WithAbsences(100002, Enumerable.Repeat(2, 30).ToArray(), school: "Birch Academy", firstPupil: 10).Split('\n');
        birch[5] = birch[5].Replace(",100,", ",lots,", StringComparison.Ordinal);
        warehouse.Import(string.Join('\n', birch), "birch.csv");
        warehouse.Import(AttendanceCsv.WithAbsences(100001, [5, 6], start: "06/01/2025", end: "28/03/2025", school: "Ash Primary", firstPupil: 50), "ash-spring.csv");

        var cells = warehouse.Get<CoverageQuery>().Run(AccessScope.Everything);

        Assert.Equal(
            [
                "Ash Primary|schools||missing|0",
                "Ash Primary|behaviour|2024/25 Autumn|missing|0",
                "Ash Primary|census|2024/25 Autumn|missing|0",
                "Ash Primary|suspensions|2024/25 Autumn|missing|0",
                "Ash Primary|behaviour|2024/25 Spring|missing|0",
                "Ash Primary|census|2024/25 Spring|missing|0",
                "Ash Primary|suspensions|2024/25 Spring|missing|0",
                "Birch Academy|schools||missing|0",
                "Birch Academy|behaviour|2024/25 Autumn|missing|0",
                "Birch Academy|census|2024/25 Autumn|missing|0",
                "Birch Academy|suspensions|2024/25 Autumn|missing|0",
                "Birch Academy|attendance|2024/25 Spring|missing|0",
                "Birch Academy|behaviour|2024/25 Spring|missing|0",
                "Birch Academy|census|2024/25 Spring|missing|0",
                "Birch Academy|suspensions|2024/25 Spring|missing|0",
                "Birch Academy|attendance|2024/25 Autumn|partly received|29",
                "Ash Primary|attendance|2024/25 Autumn|received|4",
                "Ash Primary|attendance|2024/25 Spring|received|2",
            ],
            cells.Select(c => $"{c.School}|{c.Kind}|{c.Period}|{c.Status}|{c.RowCount}"));
        Assert.All(cells.Where(c => c.Status != CoverageCell.Missing), c => Assert.NotNull(c.ReceivedAt));
        Assert.Equal(["Birch Academy"], warehouse.Get<CoverageQuery>().Run(AccessScope.Of([], [100002])).Select(c => c.School).Distinct());
    }
}
