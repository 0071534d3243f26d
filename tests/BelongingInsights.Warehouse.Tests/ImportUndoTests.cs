using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.MartRefresh;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>Undoing an import leaves the facts and marts exactly as a warehouse that never had it, the import it replaced back.</summary>
public sealed class ImportUndoTests
{
    private static readonly string Brook = AttendanceCsv.WithAbsences(100001, [2, 4, 6, 8, 10, 12], school: "Brook Primary");
    private static readonly string Hill = AttendanceCsv.WithAbsences(100002, [1, 3, 5, 7, 9, 11, 13], school: "Hill Academy", firstPupil: 20);
    private static readonly string BrookCorrected = AttendanceCsv.WithAbsences(100001, [20, 30, 1, 1, 1, 40], school: "Brook Primary");
    private static readonly string BrookSpring = AttendanceCsv.WithAbsences(100001, [3, 3, 3], start: "06/01/2025", end: "28/03/2025", school: "Brook Primary");

    /// <summary>
    /// Per kind: an import, another school's, a correction of the first that replaces its rows, and a later import the
    /// correction does not touch; the first file's name (DfE statistics are replaced by release, named after the file).
    /// </summary>
    public static TheoryData<string> Kinds => ["attendance", "census", "dfe", "schools"];

    private const string SchoolListHeader = "URN,LAESTAB,School name,Phase,Trust,Local authority\n";

    private static (string Name, string First, string Other, string Correction, string Later, string Table) Case(string kind) => kind switch
    {
        "census" => ("census.csv",
            CensusCsv.For(100001, "03/10/2024", (1, "M", "N"), (2, "F", "K"), (3, "M", "N")),
            CensusCsv.For(100002, "03/10/2024", (20, "F", "N"), (21, "M", "E")),
            CensusCsv.For(100001, "03/10/2024", (1, "F", "E"), (2, "F", "N"), (4, "M", "N")),
            CensusCsv.For(100002, "16/01/2025", (20, "F", "K"), (1, "F", "N"), (4, "M", "N")),
            "dim_pupil_characteristics"),
        "dfe" => ("exclusions_characteristics_ees_2016-17_preview.csv",
            SampleFiles.Read("dfe", "exclusions_characteristics_ees_2016-17_preview.csv"),
            SampleFiles.Read("dfe", "exclusions_characteristics_ees_2014-15_preview.csv"),
            SampleFiles.Read("dfe", "exclusions_characteristics_ees_2016-17_preview.csv").Replace(",7720,", ",7725,", StringComparison.Ordinal),
            SampleFiles.Read("dfe", "exclusion_natcharacteristics_2016-17_cut.csv"),
            "fact_benchmark"),
        "schools" => ("schools.csv",
            SchoolListHeader + "100001,3194001,Brook Primary,primary,Oak Trust,Sutton\n",
            SchoolListHeader + "100002,3194002,Hill Academy,secondary,Elm Trust,Sutton\n",
            SchoolListHeader + "100001,3194001,Brook Primary School,primary,Elm Trust,Sutton\n",
            Brook,
            "ops_school_listing"),
        _ => ("brook.csv", Brook, Hill, BrookCorrected, BrookSpring, "fact_attendance"),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Undo_restores_the_facts_and_marts_of_a_warehouse_that_never_had_the_import_and_the_replaced_import_comes_back(string kind)
    {
        var (name, first, other, correction, later, table) = Case(kind);
        using var never = new WarehouseHarness();
        never.Import(first, name);
        never.Import(other, "other.csv");
        never.Import(later, "later.csv");
        using var undone = new WarehouseHarness();
        var original = undone.Import(first, name);
        undone.Import(other, "other.csv");
        var corrected = undone.Import(correction, name);
        undone.Import(later, "later.csv");
        Assert.NotEqual(State(never), State(undone));
        var rows = never.Scalar<long>($"select count(*) from {table} where import_id = (select import_id from ops_import where file_name = '{name}')");

        var result = undone.Get<ImportUndo>().Undo(corrected.Id, ImportCaller.Operator, CancellationToken.None);
        undone.Get<MartRefresher>().Refresh();

        Assert.Equal($"Undone: the import's rows left the warehouse and {name}, which it had replaced, came back.", result.Message);
        Assert.Equal(ImportUndoOutcome.Undone, result.Outcome);
        Assert.Equal(State(never), State(undone));
        Assert.Equal(rows, undone.Scalar<long>($"select count(*) from {table} where import_id = '{original.Id}'"));
        var ledger = undone.Get<ImportLedger>().Find(corrected.Id)!;
        Assert.Equal(ImportStatus.Undone, ledger.Status);
        Assert.NotNull(ledger.UndoneAt);
        Assert.Equal(ImportStatus.Succeeded, undone.Get<ImportLedger>().Find(original.Id)!.Status);
    }

    private static readonly string Marks = MarksCsv.For(100001, 3, new DateOnly(2024, 9, 2), days: 10);
    private static readonly string LaterMarks = MarksCsv.For(100001, 2, new DateOnly(2024, 9, 11), days: 5, mark: "N");
    private static readonly string HillMarks = MarksCsv.For(100002, 2, new DateOnly(2024, 9, 2), days: 10, mark: "L");

    /// <summary>
    /// Which marks import is undone: the only one of its school's, the first of two (the second overwrote its pupils'
    /// sessions from a Wednesday and filled the week after, leaving its third pupil only Monday and Tuesday of that
    /// week), or the second; each with files read in bulk or, with a title row, row by row.
    /// </summary>
    public static TheoryData<string, bool> MarksCases => new()
    {
        { "only", false }, { "only", true }, { "first", false }, { "first", true }, { "second", false }, { "second", true },
    };

    [Theory]
    [MemberData(nameof(MarksCases))]
    public void Undoing_session_marks_leaves_the_weeks_and_marts_of_a_warehouse_that_never_had_them(string which, bool titled)
    {
        string File(string csv) => titled ? "Register export 02/09/2024\n" + csv : csv;
        (string Csv, string Name)[] marks = which == "only" ? [(Marks, "marks.csv")] : [(Marks, "marks.csv"), (LaterMarks, "later-marks.csv")];
        var undoneAt = which == "second" ? 1 : 0;
        using var never = new WarehouseHarness();
        never.Import(Brook, "brook.csv");
        foreach (var (csv, name) in marks.Where((_, i) => i != undoneAt))
            never.Import(File(csv), name);
        never.Import(File(HillMarks), "hill-marks.csv");
        using var undone = new WarehouseHarness();
        undone.Import(Brook, "brook.csv");
        var imports = marks.Select(m => undone.Import(File(m.Csv), m.Name)).ToList();
        undone.Import(File(HillMarks), "hill-marks.csv");
        Assert.All(imports, import => Assert.Equal(ImportStatus.Succeeded, import.Status));
        Assert.NotEqual(State(never), State(undone));

        var result = undone.Get<ImportUndo>().Undo(imports[undoneAt].Id, ImportCaller.Operator, CancellationToken.None);
        undone.Get<MartRefresher>().Refresh();

        Assert.Equal((ImportUndoOutcome.Undone, which switch
        {
            "only" => "Undone: the import's rows left the warehouse.",
            "first" => "Undone: the import's rows left the warehouse, and its weeks were loaded again from later-marks.csv, which also have marks for them.",
            _ => "Undone: the import's rows left the warehouse, and its weeks were loaded again from marks.csv, which also have marks for them.",
        }), (result.Outcome, result.Message));
        Assert.Equal(State(never), State(undone));
        Assert.Equal(ImportStatus.Undone, undone.Get<ImportLedger>().Find(imports[undoneAt].Id)!.Status);
        Assert.Equal(0, undone.Scalar<long>($"select count(*) from fact_attendance_week where import_id = '{imports[undoneAt].Id}'"));
    }

    [Fact]
    public void Undoing_session_marks_is_refused_when_a_file_that_would_load_again_is_deleted()
    {
        var clock = new SettableClock();
        using var warehouse = new WarehouseHarness(clock, ("Imports:KeepUploadsDays", "1"));
        warehouse.Import(Marks, "marks.csv");
        clock.Advance(TimeSpan.FromMinutes(1));
        var later = warehouse.Import(LaterMarks, "later-marks.csv");
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, warehouse.Get<UploadRetention>().DeleteExpired());
        var before = State(warehouse);

        var result = warehouse.Get<ImportUndo>().Undo(later.Id, ImportCaller.Operator, CancellationToken.None);

        Assert.Equal((ImportUndoOutcome.Refused, "Undoing this import would load marks.csv again, which has marks for the same schools and weeks, but its stored file has been deleted. Upload a corrected file instead: it replaces this one's rows."),
            (result.Outcome, result.Message));
        Assert.Equal(before, State(warehouse));
        Assert.Equal(ImportStatus.Succeeded, warehouse.Get<ImportLedger>().Find(later.Id)!.Status);
        Assert.Equal(ImportUndoOutcome.Undone, warehouse.Get<ImportUndo>().Undo(warehouse.Import(HillMarks, "hill-marks.csv").Id, ImportCaller.Operator, CancellationToken.None).Outcome);
    }

    [Fact]
    public void Undoing_session_marks_is_refused_when_loading_again_would_change_weeks_beyond_an_imports_recorded_extent()
    {
        using var warehouse = new WarehouseHarness();
        var both = warehouse.Import(Marks + HillMarks[(MarksCsv.Header.Length + 1)..], "both.csv");
        var later = warehouse.Import(LaterMarks, "later-marks.csv");
        using (var connection = warehouse.Open())
            connection.Execute($"update ops_import set covers_urns = [100001] where import_id = '{both.Id}'");
        var before = State(warehouse);

        var result = warehouse.Get<ImportUndo>().Undo(later.Id, ImportCaller.Operator, CancellationToken.None);

        Assert.Equal(ImportUndoOutcome.Refused, result.Outcome);
        Assert.StartsWith("Loading again the marks files that cover this import's weeks would change other weeks too", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, State(warehouse));
        Assert.Equal(ImportStatus.Succeeded, warehouse.Get<ImportLedger>().Find(later.Id)!.Status);
    }

    [Fact]
    public void Undoing_a_school_list_puts_back_the_schools_it_changed_and_takes_out_one_it_added_that_nothing_else_met()
    {
        using var never = new WarehouseHarness();
        never.Import(Brook, "brook.csv");
        using var undone = new WarehouseHarness();
        undone.Import(Brook, "brook.csv");
        var list = undone.Import(SchoolListHeader + "100001,3194001,Brook Primary School,primary,Oak Trust,Sutton\n"
            + "100003,3194003,Nobody Met Academy,secondary,Oak Trust,Sutton\n", "schools.csv");
        Assert.NotEqual(State(never), State(undone));

        var result = undone.Get<ImportUndo>().Undo(list.Id, ImportCaller.Operator, CancellationToken.None);
        undone.Get<MartRefresher>().Refresh();

        Assert.Equal((ImportUndoOutcome.Undone, "Undone: the import's rows left the warehouse."), (result.Outcome, result.Message));
        Assert.Equal(State(never), State(undone));
        Assert.Equal(0, undone.Scalar<long>("select count(*) from dim_school where urn = 100003"));
        Assert.Equal(0, undone.Scalar<long>("select count(*) from ops_school_listing"));
    }

    [Fact]
    public void Undoing_a_school_list_looks_for_the_school_in_every_table_that_refers_to_one()
    {
        using var warehouse = new WarehouseHarness();
        var referring = warehouse.Get<WarehouseDatabase>().Query(
            """
            select distinct table_name from duckdb_columns()
            where column_name = 'school_key' and table_name <> 'dim_school' and table_name in (select table_name from duckdb_tables())
                and not starts_with(table_name, 'stg_') and not starts_with(table_name, 'work_') and not starts_with(table_name, 'mart_')
            order by table_name
            """,
            r => r.GetString(0));

        Assert.NotEmpty(referring);
        Assert.All(referring, table => Assert.Contains($"from {table} as f where f.school_key = s.school_key", SqlScripts.Get("Schools/undo.sql"), StringComparison.Ordinal));
    }

    [Fact]
    public void An_import_whose_rows_a_later_import_replaced_is_undone_only_after_that_one()
    {
        using var warehouse = new WarehouseHarness();
        var first = warehouse.Import(Brook, "brook.csv");
        var second = warehouse.Import(BrookCorrected, "brook-corrected.csv");
        var undo = warehouse.Get<ImportUndo>();

        var refused = undo.Undo(first.Id, ImportCaller.Operator, CancellationToken.None);
        Assert.Equal((ImportUndoOutcome.Refused, "A later import (brook-corrected.csv) replaced some of this import's rows: undo that one first."),
            (refused.Outcome, refused.Message));

        Assert.Equal(ImportUndoOutcome.Undone, undo.Undo(second.Id, ImportCaller.Operator, CancellationToken.None).Outcome);
        Assert.Equal(ImportUndoOutcome.Undone, undo.Undo(first.Id, ImportCaller.Operator, CancellationToken.None).Outcome);
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from fact_attendance"));
        Assert.Equal(ImportUndoOutcome.Refused, undo.Undo(first.Id, ImportCaller.Operator, CancellationToken.None).Outcome);
    }

    [Fact]
    public void An_import_outside_the_callers_scope_is_not_found_and_stays()
    {
        using var warehouse = new WarehouseHarness();
        var import = warehouse.Import(Brook, "brook.csv");
        var stranger = new ImportCaller(Guid.NewGuid(), Access.AccessScope.Of(["Other Trust"], [100999]));

        var result = warehouse.Get<ImportUndo>().Undo(import.Id, stranger, CancellationToken.None);

        Assert.Equal(ImportUndoOutcome.NotFound, result.Outcome);
        Assert.Equal(6, warehouse.Scalar<long>("select count(*) from fact_attendance"));
    }

    /// <summary>
    /// Every row of the tables an undo takes rows out of, by school URN and pupil hash (keys and import ids differ between
    /// warehouses: a week's import by its file's name, its sessions by their marks), and every mark and mart row.
    /// </summary>
    private static List<string> State(WarehouseHarness warehouse)
    {
        using var connection = warehouse.Open();
        var state = Rows(connection, "select * exclude (import_id) from fact_benchmark");
        state.AddRange(Rows(connection, "select 'dim_school', urn, name, laestab, phase, trust, local_authority from dim_school"));
        foreach (var table in new[] { "fact_attendance", "dim_pupil_characteristics", "fact_roll_change" })
        {
            state.AddRange(Rows(connection, $"""
                select '{table}', s.urn, p.pupil_hash, f.* exclude (school_key, pupil_key, import_id)
                from {table} as f
                inner join dim_school as s using (school_key)
                inner join dim_pupil as p using (pupil_key)
                """));
        }
        state.AddRange(Rows(connection, """
            select 'fact_attendance_week', s.urn, p.pupil_hash, i.file_name, f.* exclude (school_key, pupil_key, import_id, first_sessions, last_sessions)
            from fact_attendance_week as f
            inner join dim_school as s using (school_key)
            inner join dim_pupil as p using (pupil_key)
            inner join ops_import as i using (import_id)
            """));
        state.AddRange(Rows(connection, """
            select 'fact_attendance_mark', s.urn, p.pupil_hash, f.session_date, f.session, f.raw_mark, c.code
            from fact_attendance_mark as f
            inner join dim_school as s using (school_key)
            inner join dim_pupil as p using (pupil_key)
            inner join dim_attendance_code as c using (attendance_code_key)
            """));
        foreach (var mart in connection.Strings("select table_name from duckdb_tables() where table_name like 'mart_%' order by table_name"))
            state.AddRange(Rows(connection, $"select '{mart}', * from \"{mart}\""));
        state.Sort(StringComparer.Ordinal);
        return state;
    }

    private static List<string> Rows(DuckDB.NET.Data.DuckDBConnection connection, string sql)
    {
        using var command = connection.Command(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }
}
