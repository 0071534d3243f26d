using BelongingInsights.Etl.Demo;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

public sealed class RollExitMartTests
{
    private const string Columns =
        "(on_roll, leavers, moved_school, permanent_exclusion, unexplained, unexplained_exit_rate, elective_home_education, alternative_provision, unknown_or_missing_education, other_destination)";

    [Fact]
    public void Leavers_are_counted_by_exit_type_and_destination_with_the_unexplained_exit_rate()
    {
        using var warehouse = Programme(threshold: 1);

        // 20 on roll; 11 left: 5 to another school, 2 permanently excluded, 3 to home education, 1 to unknown.
        // Unexplained = 3 + 1 = 4, so 4 per 20 on roll = 20.0 per 100. No leaver went to AP or elsewhere: a true 0.
        Assert.Equal("(20, 11, 5, 2, 4, 20.0, 3, 0, 1, 0)", Row(warehouse, "School", "Brook Primary"));
        Assert.Equal("(20, 11, 5, 2, 4, 20.0, 3, 0, 1, 0)", Row(warehouse, "Trust", "Alpha Learning Trust"));
        Assert.Equal("(20, 11, 5, 2, 4, 20.0, 3, 0, 1, 0)", Row(warehouse, "All schools", "All schools"));
    }

    [Fact]
    public void Small_exit_counts_are_suppressed_and_so_are_the_counts_that_would_give_them_away()
    {
        using var warehouse = Programme(threshold: 3);

        // Permanent exclusions (2) fall under 3, so the next smallest exit type, unexplained (4), is hidden too: the
        // total (11) less moved school (5) would otherwise give their sum. Among the unexplained, unknown (1) is
        // under 3, so home education (3) is hidden beside it.
        Assert.Equal("(20, 11, 5, NULL, NULL, NULL, NULL, 0, NULL, 0)", Row(warehouse, "School", "Brook Primary"));
    }

    [Fact]
    public void A_school_with_no_leavers_shows_true_zeros_not_suppressed_counts()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(CensusCsv.For(100002, "03/10/2024", [.. Enumerable.Range(0, 12).Select(p => (p, "F", "N"))]));

        Assert.Equal("(12, 0, 0, 0, 0, 0.0, 0, 0, 0, 0)", Row(warehouse, "School", "School 100002"));
    }

    [Fact]
    public void Leavers_are_grouped_by_the_characteristics_they_had_when_they_left()
    {
        using var warehouse = Programme(threshold: 1);

        Assert.Equal(
            "Female=(10, 5, 4, 0, 1, 10.0) Male=(10, 6, 1, 2, 3, 30.0)",
            warehouse.Scalar<string>("""
                select string_agg(group_value || '=' || (on_roll, leavers, moved_school, permanent_exclusion, unexplained, unexplained_exit_rate)::varchar, ' ' order by group_value)
                from mart_roll_exit
                where area_level = 'School' and grouping = 'Gender'
                """));
    }

    [Fact]
    public void The_demo_schools_show_their_leavers_and_an_unexplained_exit_rate_across_all_schools()
    {
        using var warehouse = new WarehouseHarness();
        var directory = Path.Combine(warehouse.DataDirectory, "demo");
        foreach (var census in DemoSchoolExports.Write(directory).Where(f => Path.GetFileName(f).StartsWith("census-", StringComparison.Ordinal)))
            Assert.Equal(ImportStatus.Succeeded, warehouse.Import(File.ReadAllText(census), Path.GetFileName(census)).Status);

        var all = Assert.Single(warehouse.Get<RollExitsQuery>().Run("All pupils"), r => r.AreaLevel == "All schools");

        Assert.True(all is { Leavers: > 0, MovedSchool: > 0, Unexplained: > 0, UnexplainedExitRate: > 0 }, all.ToString());
        Assert.Equal(Math.Round(100.0 * all.Unexplained!.Value / all.OnRoll!.Value, 2), all.UnexplainedExitRate);
    }

    private static WarehouseHarness Programme(int threshold)
    {
        var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        warehouse.Import("urn,laestab,school_name,phase,trust,local_authority\n100001,2022019,Brook Primary,primary,Alpha Learning Trust,202\n");
        var pupils = Enumerable.Range(0, 20).Select(pupil => (pupil, pupil < 10 ? "M" : "F", "N", Left(pupil), Destination(pupil))).ToArray();
        warehouse.Import(CensusCsv.With(100001, "03/10/2024", pupils));
        return warehouse;
    }

    private static string Left(int pupil) => Destination(pupil).Length == 0 ? "" : "01/12/2024";

    // Pupils 0 to 9 are male, 10 to 19 female. Moved school: 4 (male) and 11 to 14 (female); permanently excluded:
    // 5 and 6 (male); home educated: 7 to 9 (male); gone to an unknown destination: 10 (female). So the boys have
    // 6 leavers (1 moved, 2 excluded, 3 unexplained) and the girls 5 (4 moved, 1 unexplained).
    private static string Destination(int pupil) => pupil switch
    {
        4 or (>= 11 and <= 14) => "Another school",
        5 or 6 => "Permanent exclusion",
        7 or 8 or 9 => "Elective home education",
        10 => "Unknown",
        _ => "",
    };

    private static string? Row(WarehouseHarness warehouse, string level, string area) =>
        warehouse.Scalar<string>($"select {Columns}::varchar from mart_roll_exit where area_level = '{level}' and area = '{area}' and grouping = 'All pupils'");
}
