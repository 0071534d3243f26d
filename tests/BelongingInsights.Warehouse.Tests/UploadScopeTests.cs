using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>Rows an upload holds for a school outside the sender's scope are held back, never loaded.</summary>
public sealed class UploadScopeTests
{
    private const string SchoolList = TwoTrusts.SchoolList;

    private static readonly ImportCaller AlphaTrust = TwoTrusts.Alpha();

    private static readonly DateOnly Autumn = new(2024, 9, 2);

    [Fact]
    public void A_one_row_upload_for_another_trusts_school_and_period_is_held_back_and_that_schools_pupils_stay()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(SchoolList, "schools.csv");
        warehouse.Import(AttendanceCsv.For(100002, 30, absent: 5), "dale.csv");

        var attack = warehouse.ImportAs(AlphaTrust, AttendanceCsv.For(100002, 1, absent: 90), "one-row.csv");

        Assert.Equal((ImportStatus.Rejected, 0), (attack.Status, attack.RowsLoaded));
        var problem = Assert.Single(warehouse.Problems(attack), p => p.Severity == ProblemSeverity.Error);
        Assert.Equal((2, "URN", "100002"), (problem.Line, problem.Column, problem.Value));
        Assert.Contains("not in your scope", problem.Message, StringComparison.Ordinal);
        Assert.Equal(30, warehouse.Scalar<long>("select count(*) from fact_attendance as f join dim_school as s using (school_key) where s.urn = 100002"));
        Assert.Equal(150, warehouse.Scalar<long>("select sum(f.authorised_absence + f.unauthorised_absence)::bigint from fact_attendance as f"));
    }

    [Fact]
    public void A_file_mostly_for_the_senders_schools_loads_them_and_holds_back_only_the_other_trusts_rows()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(SchoolList, "schools.csv");

        var csv = AttendanceCsv.For(100001, 20) + AttendanceCsv.For(100003, 20)[(AttendanceCsv.Header.Length + 1)..]
            + AttendanceCsv.For(100002, 1)[(AttendanceCsv.Header.Length + 1)..];
        var import = warehouse.ImportAs(AlphaTrust, csv);

        Assert.Equal((ImportStatus.Succeeded, 41, 40, 1), (import.Status, import.RowsRead, import.RowsLoaded, import.RowsQuarantined));
        Assert.Equal("100001,100003", warehouse.Scalar<string>(
            "select string_agg(distinct s.urn::varchar, ',' order by s.urn::varchar) from fact_attendance join dim_school as s using (school_key)"));
        var held = Assert.Single(warehouse.Problems(import));
        Assert.Equal((42, "URN", "100002", SchoolRegister.NotInScope), (held.Line, held.Column, held.Value, held.Message));
    }

    [Fact]
    public void A_school_user_loads_a_school_not_on_the_list_yet_when_it_is_theirs_but_not_the_school_chosen_for_a_file_without_urns()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(SchoolList, "schools.csv");
        var newSchool = new ImportCaller(Guid.NewGuid(), AccessScope.Of([], [100009]));

        var theirs = warehouse.ImportAs(newSchool, AttendanceCsv.For(100009, 12), "theirs.csv");
        var withoutUrns = warehouse.ImportAs(newSchool, CensusCsv.For(100002, "03/10/2024", (1, "F", "N")).Replace(",100002,", ",,"),
            "no-urn.csv", schoolUrn: 100002);

        Assert.Equal((ImportStatus.Succeeded, 12), (theirs.Status, theirs.RowsLoaded));
        Assert.Equal((ImportStatus.Rejected, 0), (withoutUrns.Status, withoutUrns.RowsLoaded));
        Assert.Contains(warehouse.Problems(withoutUrns), p => p.Message == SchoolRegister.NotInScope && p.Value == "100002");
    }

    [Theory]
    [InlineData("attendance-summary", "fact_attendance")]
    [InlineData("attendance-marks", "fact_attendance_week")]
    [InlineData("census", "dim_pupil_characteristics")]
    [InlineData("survey", "fact_survey_answer")]
    [InlineData("audit", "fact_audit_rating")]
    [InlineData("behaviour", "fact_behaviour_incident")]
    [InlineData("suspensions", "fact_exclusion")]
    public void Every_kind_holds_back_rows_for_a_school_outside_the_senders_scope_and_keeps_that_schools_rows(string kind, string table)
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(SchoolList, "schools.csv");
        var existing = warehouse.Import(Export(kind, 100002, first: true), "dale.csv", wave: "baseline");
        var before = warehouse.Scalar<long>($"select count(*) from {table}");

        var attack = warehouse.ImportAs(AlphaTrust, Export(kind, 100002, first: false), "attack.csv", wave: "baseline");
        var own = warehouse.ImportAs(AlphaTrust, Export(kind, 100001, first: true), "brook.csv", wave: "baseline");

        Assert.Equal((ImportStatus.Succeeded, kind), (existing.Status, existing.DetectedKind));
        Assert.Equal((ImportStatus.Rejected, 0), (attack.Status, attack.RowsLoaded));
        Assert.All(warehouse.Problems(attack).Where(p => p.Severity == ProblemSeverity.Error),
            p => Assert.Equal(("URN", "100002", SchoolRegister.NotInScope), (p.Column, p.Value, p.Message)));
        Assert.Contains(warehouse.Problems(attack), p => p.Message == SchoolRegister.NotInScope);
        Assert.Equal((ImportStatus.Succeeded, existing.RowsLoaded), (own.Status, own.RowsLoaded));
        Assert.Equal(2 * before, warehouse.Scalar<long>($"select count(*) from {table}"));
    }

    [Theory]
    [InlineData("schools.csv")]
    [InlineData("dfe/attendance_ytd_2024-25.csv")]
    public void A_school_list_or_DfE_statistics_from_a_sender_who_does_not_see_every_school_is_rejected_whole(string file)
    {
        using var warehouse = new WarehouseHarness();
        var csv = file == "schools.csv" ? SchoolList : SampleFiles.Read(file);

        var refused = warehouse.ImportAs(AlphaTrust, csv, Path.GetFileName(file));
        var admitted = warehouse.ImportAs(new ImportCaller(Guid.NewGuid(), AccessScope.Everything), csv, Path.GetFileName(file));

        Assert.Equal((ImportStatus.Rejected, 0), (refused.Status, refused.RowsLoaded));
        Assert.StartsWith("Only an administrator can load a school list or DfE statistics", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ImportStatus.Succeeded, admitted.Status);
        Assert.True(admitted.RowsLoaded > 0);
    }

    [Fact]
    public void The_same_file_from_a_sender_who_sees_every_school_is_not_a_duplicate_of_a_scoped_senders_and_loads_the_held_back_rows()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(SchoolList, "schools.csv");
        var csv = AttendanceCsv.For(100001, 30) + AttendanceCsv.For(100002, 1)[(AttendanceCsv.Header.Length + 1)..];
        var scoped = warehouse.ImportAs(AlphaTrust, csv, "trust.csv");
        var sameScope = warehouse.ImportAs(TwoTrusts.Alpha(), csv, "colleague.csv");

        var everySchool = warehouse.ImportAs(new ImportCaller(Guid.NewGuid(), AccessScope.Everything), csv, "administrator.csv");

        Assert.Equal((30, 1), (scoped.RowsLoaded, scoped.RowsQuarantined));
        Assert.Equal(scoped.Id, sameScope.DuplicateOf);
        Assert.Equal((ImportStatus.Succeeded, null, 31, 0), (everySchool.Status, everySchool.DuplicateOf, everySchool.RowsLoaded, everySchool.RowsQuarantined));
    }

    [Fact]
    public void A_reprocess_runs_with_the_original_senders_scope()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(SchoolList, "schools.csv");
        var csv = AttendanceCsv.For(100001, 30) + AttendanceCsv.For(100002, 1)[(AttendanceCsv.Header.Length + 1)..];
        var first = warehouse.ImportAs(AlphaTrust, csv);

        var again = warehouse.Get<ImportPipeline>().Import(warehouse.Get<ImportLedger>().RegisterReprocess(first.Id), CancellationToken.None);

        Assert.Equal(AlphaTrust.UserId, again.Uploader.UserId);
        Assert.Equal(AlphaTrust.Scope.Trusts, again.Uploader.Scope.Trusts);
        Assert.Equal((ImportStatus.Succeeded, 30, 1), (again.Status, again.RowsLoaded, again.RowsQuarantined));
    }

    private static string Export(string kind, int urn, bool first) => kind switch
    {
        "attendance-summary" => AttendanceCsv.For(urn, 12, absent: first ? 5 : 50),
        "attendance-marks" => MarksCsv.For(urn, 3, Autumn, days: 5, mark: first ? "/" : "N"),
        "census" => CensusCsv.For(urn, "03/10/2024", (1, "F", "N"), (2, "M", first ? "N" : "K")),
        "survey" => SurveyCsv.For("pisa-belonging", urn, [new(1, 4, 3, 2, 2, 1, 4), new(2, first ? 1 : 4, 1, 1, 1, 1, 1)]),
        "audit" => AuditCsv.For(urn, "baseline", ("Creating an inclusive culture", "A", first ? "Fully met" : "Not yet met")),
        "behaviour" => IncidentCsv.Behaviour(urn, (1, "09/09/2024", "Disruption"), (2, first ? "10/09/2024" : "11/09/2024", "Defiance")),
        "suspensions" => IncidentCsv.Suspensions(urn, (1, "09/09/2024", "FIXD", first ? "2" : "4", "DB")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
