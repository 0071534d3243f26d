using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class ProblemGroupTests
{
    [Fact]
    public void Problems_group_by_message_with_their_count_and_first_rows()
    {
        using var warehouse = new WarehouseHarness();
        var lines = AttendanceCsv.WithAbsences(100001, Enumerable.Repeat(5, 100).ToArray()).Split('\n');
        foreach (var row in new[] { 4, 6, 8 })
            lines[row - 1] = lines[row - 1].Replace(",100,", ",abc,", StringComparison.Ordinal);
        lines[10] = lines[10].Replace("02/09/2024", "31/02/2024", StringComparison.Ordinal);
        var import = warehouse.Import(string.Join('\n', lines));

        var groups = warehouse.Get<ImportLedger>().ProblemGroups(import, ImportCaller.Operator);

        Assert.Equal(
            [("Error", "Not a whole number of sessions.", 3, "Possible sessions", "4 6 8"), ("Error", "Not a date: use dd/mm/yyyy or yyyy-mm-dd.", 1, "Start date", "11")],
            groups.Select(g => (g.Severity, g.Message, g.Count, g.Columns, string.Join(' ', g.FirstRows))));
        var stranger = new ImportCaller(Guid.NewGuid(), Access.AccessScope.Of(["Other Trust"], [100999]));
        Assert.Empty(warehouse.Get<ImportLedger>().ProblemGroups(import, stranger));
    }

    [Fact]
    public void The_csv_neutralises_cells_a_spreadsheet_would_run_as_formulas()
    {
        var csv = ProblemGroup.Csv(
        [
            new ProblemGroup("Error", "=HYPERLINK(\"http://x\")", 2, "+Column", [3, 4]),
            new ProblemGroup("Warning", "@SUM(A1)", 1, "-1", []),
        ]);

        Assert.Equal(
            "severity,problem,count,columns,first rows\r\n"
            + "error,\"'=HYPERLINK(\"\"http://x\"\")\",2,'+Column,3 4\r\n"
            + "warning,'@SUM(A1),1,'-1,\r\n",
            csv);
    }
}
