using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SchoolListCheckTests
{
    private const string SchoolList = "urn,laestab,school_name,phase,trust,local_authority\n100001,2022019,Brook Primary,primary,Alpha Learning Trust,202\n";

    [Fact]
    public void Without_a_school_list_any_urn_loads_without_a_warning()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.Import(AttendanceCsv.For(100002, 12));

        Assert.Equal((ImportStatus.Succeeded, 12, 0), (import.Status, import.RowsLoaded, import.ProblemCount));
    }

    [Fact]
    public void A_urn_missing_from_the_school_list_loads_with_one_warning_naming_the_row_column_and_urn()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(SchoolList);

        var listed = warehouse.Import(AttendanceCsv.For(100001, 12), "listed.csv");
        var unlisted = warehouse.Import(AttendanceCsv.For(100002, 12), "unlisted.csv");

        Assert.Equal((ImportStatus.Succeeded, 12, 0), (listed.Status, listed.RowsLoaded, listed.ProblemCount));
        Assert.Equal((ImportStatus.Succeeded, 12, 1), (unlisted.Status, unlisted.RowsLoaded, unlisted.ProblemCount));
        var warning = Assert.Single(warehouse.Problems(unlisted));
        Assert.Equal((2, "URN", "100002", "Warning"), (warning.Line, warning.Column, warning.Value, warning.Severity.ToString()));
        Assert.StartsWith("This URN is not on the school list", warning.Message, StringComparison.Ordinal);
        Assert.Equal(("succeeded", "succeeded with 1 warning"), (listed.StatusText, unlisted.StatusText));
    }

    [Fact]
    public void Every_warning_is_counted_in_the_status_even_past_the_problems_kept()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(SchoolList);
        var rows = Enumerable.Range(0, ProblemLog.KeptProblems + 5)
            .Select(i => AttendanceCsv.WithAbsences(200000 + i, [5], firstPupil: i + 1).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]);
        var header = AttendanceCsv.For(100001, 1).Split('\n')[0];

        var import = warehouse.Import(string.Join('\n', [header, .. rows]) + "\n");

        Assert.Equal(ImportStatus.Succeeded, import.Status);
        Assert.Equal($"succeeded with {ProblemLog.KeptProblems + 5} warnings", import.StatusText);
        Assert.Equal(ProblemLog.KeptProblems, warehouse.Problems(import).Count);
    }
}
