using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>The ledger lists, finds and reports the problems of only the imports a caller may see, with the schools and period each covers.</summary>
public sealed class ImportVisibilityTests
{
    private const string SchoolList = TwoTrusts.SchoolList;

    private static readonly ImportCaller Administrator = new(Guid.NewGuid(), AccessScope.Everything);
    private static readonly ImportCaller AlphaLead = TwoTrusts.Alpha();
    private static readonly ImportCaller AlphaColleague = TwoTrusts.Alpha();
    private static readonly ImportCaller Brook = new(Guid.NewGuid(), AccessScope.Of([], [100001]));
    private static readonly ImportCaller BetaLead = TwoTrusts.Beta();

    [Fact]
    public void Each_caller_sees_their_own_imports_and_those_of_senders_within_their_scope_and_never_the_operators()
    {
        using var warehouse = new WarehouseHarness();
        var operatorList = warehouse.Import(SchoolList, "schools.csv");
        var alpha = warehouse.ImportAs(AlphaLead, AttendanceCsv.For(100001, 12), "alpha.csv");
        var brook = warehouse.ImportAs(Brook, AttendanceCsv.For(100001, 13, start: "06/01/2025", end: "28/03/2025"), "brook.csv");
        var beta = warehouse.ImportAs(BetaLead, AttendanceCsv.For(100002, 14), "beta.csv");
        var ledger = warehouse.Get<ImportLedger>();

        Assert.Equal(["beta.csv", "brook.csv", "alpha.csv", "schools.csv"], Listed(ledger, Administrator));
        Assert.Equal(["brook.csv", "alpha.csv"], Listed(ledger, AlphaLead));
        Assert.Equal(["brook.csv", "alpha.csv"], Listed(ledger, AlphaColleague));
        Assert.Equal(["brook.csv"], Listed(ledger, Brook));
        Assert.Equal(["beta.csv"], Listed(ledger, BetaLead));
        Assert.Empty(Listed(ledger, ImportCaller.Nobody));

        Assert.NotNull(ledger.Find(brook.Id, AlphaColleague));
        Assert.Null(ledger.Find(alpha.Id, Brook));
        Assert.Null(ledger.Find(beta.Id, AlphaLead));
        Assert.Null(ledger.Find(operatorList.Id, AlphaLead));
        Assert.NotNull(ledger.Find(operatorList.Id, Administrator));

        var listed = ledger.Recent(100, AlphaLead).ToDictionary(i => i.FileName);
        Assert.Equal(["Brook Primary"], listed["alpha.csv"].SchoolNames);
        Assert.Equal("Autumn term 2024/25", listed["alpha.csv"].PeriodText);
        Assert.Equal("Spring term 2024/25", listed["brook.csv"].PeriodText);
        Assert.Equal(["brook.csv"], Listed(ledger, AlphaLead, new ImportFilter(Period: ReportPeriod.FromField("2024/25 spring"))));
        Assert.Equal(["beta.csv", "alpha.csv"], Listed(ledger, Administrator, new ImportFilter(Period: ReportPeriod.FromField("01/12/2024-31/12/2024"))));
        Assert.Equal([(2024, 1), (2024, 0)], ledger.Periods(AlphaLead));
        Assert.Equal([(2024, 0)], ledger.Periods(BetaLead));
    }

    [Fact]
    public void The_problems_of_an_import_a_caller_may_not_see_are_not_reported_to_them()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(SchoolList, "schools.csv");
        var beta = warehouse.ImportAs(BetaLead, AttendanceCsv.For(100002, 30) + AttendanceCsv.For(100001, 1)[(AttendanceCsv.Header.Length + 1)..], "beta.csv");
        var ledger = warehouse.Get<ImportLedger>();

        Assert.Single(ledger.Problems(beta, BetaLead));
        Assert.Single(ledger.Problems(beta, Administrator));
        Assert.Empty(ledger.Problems(beta, AlphaLead));
        Assert.Empty(ledger.Problems(beta, Brook));
    }

    private static string[] Listed(ImportLedger ledger, ImportCaller caller, ImportFilter? filter = null) =>
        [.. ledger.Recent(100, caller, filter).Select(i => i.FileName)];
}
