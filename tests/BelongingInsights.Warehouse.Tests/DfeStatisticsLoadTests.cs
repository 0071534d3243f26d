using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>The real DfE releases in <c>Samples/dfe/</c> (copied from shared/reference/dfe), loaded as benchmarks.</summary>
public sealed class DfeStatisticsLoadTests
{
    [Fact]
    public void The_attendance_release_loads_with_suppressed_cells_kept_suppressed_and_its_disagreeing_totals_warned()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.ImportSample("dfe/attendance_ytd_2024-25.csv");

        Assert.Equal((ImportStatus.Succeeded, "dfe-attendance", 494, 494), (import.Status, import.DetectedKind, import.RowsRead, import.RowsLoaded));
        Assert.Equal(162, warehouse.Scalar<long>("select count(*) from fact_benchmark where cell_status = 'suppressed' and value is null"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from fact_benchmark where cell_status <> 'published' and value is not null"));
        var warnings = warehouse.Problems(import).Where(p => p.Severity == ProblemSeverity.Warning).ToList();
        Assert.Equal(40, warnings.Count);
        Assert.All(warnings, w => Assert.StartsWith("The release disagrees with itself", w.Message, StringComparison.Ordinal));
        Assert.Equal(0.12, warehouse.Scalar<double>(
            "select round(max(abs(value - recomputed)), 2) from fact_benchmark where release = 'dfe-attendance' and recomputed is not null"));
        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from fact_benchmark where geographic_level = 'Local authority' and abs(value - recomputed) > 1e-9"));
    }

    [Fact]
    public void Persistent_absence_is_carried_as_published_because_it_cannot_be_recomputed_from_the_file()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.ImportSample("dfe/attendance_ytd_2024-25.csv");

        Assert.Equal(12.453793525988, warehouse.Scalar<double>(
            "select value from fact_benchmark where area_name = 'Suffolk' and phase = 'Primary' and measure = 'pa_perc' and recomputed is null"));
    }

    [Fact]
    public void The_exclusions_release_loads_with_rounded_regional_and_national_counts_recognised()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.ImportSample("dfe/exclusions_la_2006-07_to_2016-17.csv");

        Assert.Equal((ImportStatus.Succeeded, "dfe-exclusions", 7122, 7122), (import.Status, import.DetectedKind, import.RowsRead, import.RowsLoaded));
        Assert.Equal(2081, warehouse.Scalar<long>("select count(*) from fact_benchmark where cell_status = 'suppressed' and value is null"));
        Assert.Equal(54, warehouse.Scalar<long>("select count(*) from fact_benchmark where cell_status = 'not_applicable'"));
        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from fact_benchmark where geographic_level <> 'Local authority' and not counts_rounded and measure = 'headcount'"));
        var warnings = warehouse.Problems(import).Where(p => p.Severity == ProblemSeverity.Warning).ToList();
        Assert.Equal(256, warnings.Count);
        Assert.All(warnings, w => Assert.StartsWith("Rate built on rounded counts", w.Message, StringComparison.Ordinal));
        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from fact_benchmark where geographic_level = 'Local authority' and abs(value - recomputed) > 0.005 + 1e-9"));
    }

    [Fact]
    public void Suspension_columns_are_one_measure_whatever_the_release_calls_them()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.ImportSample("dfe/exclusions_la_2006-07_to_2016-17.csv");

        warehouse.Import(
            "time_period,time_identifier,geographic_level,country_name,la_name,education_phase,headcount,perm_excl,perm_excl_rate,suspension,susp_rate,one_plus_susp,one_plus_susp_rate\n"
            + "202223,Academic year,Local authority,England,Camden,Primary,448,0,0,3,0.66964,3,0.66964\n",
            "exclusions-2022-23.csv");

        Assert.Equal(381865, warehouse.Scalar<double>(
            "select value from fact_benchmark where academic_year = 2016 and geographic_level = 'National' and phase = 'Total' and measure = 'suspensions'"));
        Assert.Equal(0.66964, warehouse.Scalar<double>(
            "select value from fact_benchmark where academic_year = 2022 and area_name = 'Camden' and measure = 'suspension_rate'"));
        Assert.Equal(12, warehouse.Scalar<long>("select count(distinct academic_year) from fact_benchmark"));
    }

    [Fact]
    public void A_cell_that_is_neither_a_number_nor_a_dfe_symbol_holds_the_row_back()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:RejectThreshold", "0.6"));
        const string header = "year,level,la_name,school_type,headcount,perm_excl,perm_excl_rate\n";

        var import = warehouse.Import(header + "201617,National,England,Total,8025075,7720,0.1\n201617,National,England,Primary,abc,1255,0.03\n");

        var problem = Assert.Single(warehouse.Problems(import), p => p.Severity == ProblemSeverity.Error);
        Assert.Equal((3, "headcount", "abc", "Not a number or a DfE symbol (c, x, z, ., :, NA, low)."), (problem.Line, problem.Column, problem.Value, problem.Message));
        Assert.Equal((1, 1), (import.RowsLoaded, import.RowsQuarantined));
    }
}
