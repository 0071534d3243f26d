using System.Diagnostics;
using System.Globalization;
using BelongingInsights.Etl.Demo;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.MartRefresh;
using BelongingInsights.Performance.Suppression;
using Google.OrTools.LinearSolver;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// The demonstration data, written by the demo writers and loaded file by file through the import pipeline, then the
/// marts refreshed (as the app's one worker does: each import's refresh queues behind the imports already waiting),
/// looks like English schools in the marts the pages read.
/// </summary>
public sealed class DemoRealismTests(DemoRealismTests.LoadedDemo demo, ITestOutputHelper output) : IClassFixture<DemoRealismTests.LoadedDemo>
{
    public sealed class LoadedDemo : IDisposable
    {
        public LoadedDemo()
        {
            var clock = Stopwatch.StartNew();
            var files = DemoExports.Write(Path.Combine(Warehouse.DataDirectory, "demo"));
            WriteTime = clock.Elapsed;
            Imports = [.. files.Select(path => Warehouse.ImportLeavingMartsStale(File.ReadAllText(path), Path.GetFileName(path)))];
            ImportTime = clock.Elapsed - WriteTime;
            AcrossSetsTime = TimeSpan.FromTicks(Warehouse.Get<MartRefresher>().Refresh().Sum(t => t.AcrossSets.Ticks));
            RefreshTime = clock.Elapsed - WriteTime - ImportTime;
        }

        public WarehouseHarness Warehouse { get; } = new();

        public IReadOnlyList<ImportRecord> Imports { get; }

        public TimeSpan WriteTime { get; }

        public TimeSpan ImportTime { get; }

        public TimeSpan RefreshTime { get; }

        /// <summary>The part of the refresh spent checking small cells across sets (docs/suppression.md, rule 4b).</summary>
        public TimeSpan AcrossSetsTime { get; }

        public void Dispose() => Warehouse.Dispose();
    }

    [Fact]
    public void Every_demo_file_loads_every_row()
    {
        output.WriteLine($"{demo.Imports.Count} files written in {demo.WriteTime.TotalSeconds:0.0} s, imported in {demo.ImportTime.TotalSeconds:0.0} s, marts refreshed in {demo.RefreshTime.TotalSeconds:0.00} s, of which {demo.AcrossSetsTime.TotalSeconds:0.00} s checking small cells across sets");
        Assert.All(demo.Imports, i => Assert.Equal((i.FileName, ImportStatus.Succeeded, i.RowsRead, 0), (i.FileName, i.Status, i.RowsLoaded, i.RowsQuarantined)));
    }

    [Fact]
    public void Ten_schools_of_every_phase_sit_in_two_trusts_and_one_maintained_school_each_audited_at_baseline_and_endline()
    {
        Assert.Equal(
            "Alternative provision 1, Primary 5, Secondary 3, Special 1",
            Text("select string_agg(phase || ' ' || n, ', ' order by phase) from (select school_phase(phase) as phase, count(*) as n from dim_school group by all)"));
        Assert.Equal("(Demo Learning Trust, 5) (No trust, 1) (Northern Star Academies, 4)",
            Text("select string_agg(t::varchar, ' ' order by t) from (select (coalesce(trust, 'No trust'), count(*)) as t from dim_school group by trust)"));
        Assert.Equal("baseline 10, endline 10", Text("select string_agg(round || ' ' || n, ', ' order by round) from (select round, count(distinct urn) as n from mart_audit_area group by round)"));
    }

    [Fact]
    public void Persistent_absence_is_near_englands_for_each_phase_with_a_few_severely_absent_and_special_and_ap_attending_less()
    {
        var rows = Rows("""
            select
                a.academic_year_label || ' ' || school_phase(s.phase),
                round(sum(a.attendance_rate * a.possible_sessions) / sum(a.possible_sessions), 2),
                round(sum(a.persistent_absence_rate * a.enrolments) / sum(a.enrolments), 2),
                round(sum(a.severe_absence_rate * a.enrolments) / sum(a.enrolments), 2)
            from mart_attendance_school as a
            inner join dim_school as s on s.urn = a.urn
            where a.counting_window = 'year to date' and not a.suppressed
            group by all
            order by 1
            """);
        foreach (var row in rows)
            output.WriteLine($"{row[0]}: attendance {row[1]}%, persistent absence {row[2]}%, severe {row[3]}%");
        foreach (var year in new[] { "2023/24", "2024/25" })
        {
            var phase = rows.Where(r => ((string)r[0]).StartsWith(year, StringComparison.Ordinal)).ToDictionary(r => ((string)r[0])[8..], r => r);
            Assert.InRange(Number(phase["Primary"][2]), 10, 17);
            Assert.InRange(Number(phase["Secondary"][2]), 19, 29);
            Assert.True(Number(phase["Primary"][1]) > Number(phase["Secondary"][1]) && Number(phase["Secondary"][1]) > Number(phase["Special"][1])
                && Number(phase["Special"][1]) > Number(phase["Alternative provision"][1]) + 10, year);
            var severe = Number(Rows($"""
                select sum(severe_absence_rate * enrolments) / sum(enrolments)
                from mart_attendance_school
                where urn is not null and counting_window = 'year to date' and academic_year_label = '{year}' and not suppressed
                """)[0][0]);
            output.WriteLine($"{year} all schools: severe {severe:0.00}%");
            Assert.InRange(severe, 1, 4);
        }
    }

    [Fact]
    public void Suspensions_exclusions_and_incidents_run_at_englands_rates_for_each_phase()
    {
        var rows = Rows("""
            with roll as (
                select s.school_key, e.academic_year, e.pupils_on_roll
                from mart_exclusions_school as e
                inner join dim_school as s on s.urn = e.urn
                where e.counting_window = 'year to date'
            ),
            events as (
                select school_key, d.academic_year,
                    count(*) filter (where x.category <> 'permanent') as suspensions,
                    count(*) filter (where x.category = 'permanent') as permanent
                from fact_exclusion as x
                inner join dim_date as d on d.date_key = x.start_date
                group by all
            ),
            incidents as (
                select school_key, d.academic_year, count(*) as incidents
                from fact_behaviour_incident as b
                inner join dim_date as d on d.date_key = b.incident_date
                group by all
            )
            select
                school_phase(s.phase),
                round(100.0 * sum(coalesce(e.suspensions, 0)) / sum(r.pupils_on_roll), 2),
                round(10000.0 * sum(coalesce(e.permanent, 0)) / sum(r.pupils_on_roll), 1),
                round(100.0 * max(coalesce(i.incidents, 0) / r.pupils_on_roll), 1)
            from roll as r
            inner join dim_school as s using (school_key)
            left join events as e using (school_key, academic_year)
            left join incidents as i using (school_key, academic_year)
            group by all
            order by 1
            """).ToDictionary(r => (string)r[0], r => r);
        foreach (var (phase, row) in rows)
            output.WriteLine($"{phase}: {row[1]} suspensions per 100 a year, {row[2]} permanent exclusions per 10,000, at most {row[3]} incidents per 100 at a school");
        Assert.InRange(Number(rows["Primary"][1]), 1.5, 3.5);
        Assert.InRange(Number(rows["Secondary"][1]), 6, 16);
        Assert.InRange(Number(rows["Special"][1]), 3, 25);
        Assert.True(Number(rows["Alternative provision"][1]) > Number(rows["Secondary"][1]));
        Assert.InRange(Number(rows["Secondary"][2]), 1, 40);
        Assert.All(rows.Values, row => Assert.InRange(Number(row[3]), 1, 500));
    }

    [Fact]
    public void Leavers_include_a_few_unexplained_exits()
    {
        var rows = Rows("""
            select academic_year_label, count(left_on), count(*) filter (where exit_type = 'moved school'),
                count(*) filter (where exit_type = 'unexplained'), round(100.0 * count(*) filter (where exit_type = 'unexplained') / count(*), 2)
            from work_roll_pupil
            group by all
            order by 1
            """);
        foreach (var row in rows)
            output.WriteLine($"{row[0]}: {row[1]} leavers, {row[2]} moved school, {row[3]} unexplained ({row[4]} per 100)");
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.True(Number(row[2]) > Number(row[3]), "Most leavers move school.");
            Assert.InRange(Number(row[4]), 0.05, 1.5);
        });
    }

    [Fact]
    public void Pupils_from_year_3_up_answer_many_anonymously_and_parents_and_staff_answer_too()
    {
        Assert.Equal(0L, Scalar<long>("select count(*) from work_survey_respondent where instrument = 'ncb-pupil' and year_group in ('R', 'Year 1', 'Year 2', 'Unknown')"));
        var anonymous = Scalar<double>("select avg((pupil_key is null)::int) from work_survey_respondent where instrument = 'ncb-pupil'");
        output.WriteLine($"anonymous pupil respondents: {anonymous:P0}");
        Assert.InRange(anonymous, 0.25, 0.75);
        Assert.Equal(
            "ncb-parent baseline, ncb-parent endline, ncb-pupil baseline, ncb-pupil endline, ncb-staff baseline, ncb-staff endline",
            Text("select string_agg(distinct instrument || ' ' || wave, ', ' order by instrument || ' ' || wave) from work_survey_respondent"));
    }

    [Fact]
    public void Survey_items_change_modestly_and_mixed_between_baseline_and_endline()
    {
        var changes = Rows("""
            select instrument, item_code, baseline_respondents, baseline_positive_pct, endline_respondents, endline_positive_pct, change_points, p_value
            from mart_survey_item_change
            where urn is null and grouping = 'All respondents'
            order by instrument, item_order
            """);
        foreach (var row in changes)
            output.WriteLine($"{row[0]} {row[1]}: {row[3]}% of {row[2]} -> {row[5]}% of {row[4]} ({Number(row[6]):+0.0;-0.0;0.0} points, p {row[7]})");
        var pupils = changes.Where(r => (string)r[0] == "ncb-pupil").Select(r => Number(r[6])).ToList();
        Assert.Equal(12, pupils.Count);
        Assert.Contains(pupils, change => change < -0.5);
        Assert.Contains(pupils, change => Math.Abs(change) < 1.5);
        Assert.True(pupils.Count(change => change >= 1.5) >= 4, string.Join(", ", pupils));
        Assert.All(changes, row => Assert.InRange(Number(row[6]), -8, 8));
    }

    [Fact]
    public void Every_questionnaires_items_split_into_negative_a_few_unanswered_and_positive_adding_up_to_100()
    {
        var items = Rows("""
            select instrument, item_code, reverse_coded, wave, respondents, negative_pct, unanswered_pct, positive_pct
            from mart_survey_item
            where urn is null and grouping = 'All respondents'
            order by instrument, item_order, wave_order
            """);
        foreach (var row in items)
            output.WriteLine($"{row[0]} {row[1]}{((bool)row[2] ? " (reverse-scored)" : "")} {row[3]} of {row[4]}: {row[5]}% negative, {row[6]}% unanswered, {row[7]}% positive");

        Assert.Equal(2 * (12 + 6 + 6), items.Count);
        Assert.All(items, row => Assert.Equal(100, Number(row[5]) + Number(row[6]) + Number(row[7]), 6));
        Assert.All(items, row => Assert.InRange(Number(row[6]), 0, 5));
        Assert.All(items, row => Assert.InRange(Number(row[7]), 35, 95));
        Assert.Equal(["lonely"], items.Where(r => (bool)r[2]).Select(r => (string)r[1]).Distinct());
        Assert.Equal(0L, Scalar<long>("""
            select count(*)
            from mart_survey_item_change as c
            inner join mart_survey_item as i
                on i.instrument = c.instrument and i.item_code = c.item_code and i.grouping = c.grouping and i.wave = c.baseline_wave
            where c.urn is null and i.urn is null and c.grouping = 'All respondents' and c.baseline_positive_pct <> i.positive_pct
            """));
    }

    [Fact]
    public void Suppression_hides_few_figures_of_ten_or_more_and_shows_send_by_disadvantage_across_all_schools()
    {
        output.WriteLine(SuppressionLoss.Header);
        IReadOnlyList<SuppressionLoss> loss;
        using (var connection = demo.Warehouse.Open())
            loss = SuppressionLoss.Of(connection, 10);
        foreach (var mart in loss)
            output.WriteLine(mart.ToString());
        // Issue 24's measure (docs/suppression.md, "What it costs"): no all-schools figure of a one- or two-group
        // breakdown hidden unless its own table holds a small cell, and the share of cells at or above the threshold
        // hidden held down where the marts publish what is mostly at or above it.
        Assert.All(loss, mart => Assert.Equal((mart.Mart, 0L), (mart.Mart, mart.HeadlineHidden)));
        var shares = loss.ToDictionary(mart => mart.Mart, mart => mart.LargeHiddenShare);
        Assert.InRange(shares["attendance_group"], 0, 0.05);
        Assert.InRange(shares["survey_item"], 0, 0.05);
        Assert.InRange(shares["survey_scale"], 0, 0.05);
        Assert.InRange(shares["belonging_attendance"], 0, 0.05);
        Assert.InRange(shares["exclusions"], 0, 0.05);
        Assert.InRange(shares["roll_exit"], 0, 0.59);
        Assert.Equal("4 shown, 0 hidden", Text("""
            select (count(*) filter (where not suppressed) // count(distinct academic_year)) || ' shown, ' || count(*) filter (where suppressed) || ' hidden'
            from mart_attendance_group
            where urn is null and grouping = 'SEND × Disadvantaged' and counting_window = 'year to date'
                and send <> 'Unknown' and disadvantaged <> 'Unknown'
            """));
        Assert.Equal(0L, Scalar<long>("""
            select count(*) from mart_attendance_group
            where suppressed <> (suppression_reason is not null) or (suppressed and enrolments is not null)
            """));
    }

    // The independent audit (docs/suppression.md, "The audit") on every figure a mart publishes: no small cell pinned or
    // bounded below ten. A few seconds a mart since the marts publish only what the pages read.
    [Theory]
    [InlineData("attendance_group")]
    [InlineData("belonging_attendance")]
    [InlineData("exclusions")]
    [InlineData("roll_exit")]
    [InlineData("survey_item")]
    [InlineData("survey_scale")]
    public void Linear_programming_on_every_published_figure_pins_no_small_cell_nor_bounds_it_below_ten(string mart)
    {
        using var connection = demo.Warehouse.Open();
        var audit = SuppressionAudit.Audit(mart, SuppressionAudit.Read(connection, mart), 10);
        output.WriteLine("| mart | cells | hidden | small | components | linear programs | exposed | time |");
        output.WriteLine(audit.ToString());
        foreach (var line in audit.Exposed.Take(20))
            output.WriteLine(line);
        Assert.True(audit.Small > 0, $"{mart} hides no small cell");
        Assert.Empty(audit.Exposed);
    }

    // Explicit, a diagnosis of the audit above (docs/suppression.md, "Audit findings"): every relation the audit writes
    // holds in the true counts behind the published cells, and the pinned cells are printed with the published figures
    // that give them away (the relations with a non-zero dual in GLOP's maximum of the cell).
    [Theory(Explicit = true)]
    [InlineData("attendance_group")]
    [InlineData("survey_scale")]
    [InlineData("roll_exit")]
    [InlineData("exclusions")]
    public void Audit_relations_hold_in_the_true_counts(string mart)
    {
        using var connection = demo.Warehouse.Open();
        var cells = SuppressionAudit.Read(connection, mart);
        var truth = SuppressionAudit.Read(connection, $"{mart}_truth").ToDictionary(c => c.ToString(), c => c.N!.Value);
        long True(int i) => truth.TryGetValue(cells[i].ToString(), out var n) ? n : cells[i].N == 0 ? 0 : -1;
        var relations = AuditRelations.Of(cells);
        var broken = relations.Where(r => True(r.Total) != r.Parts.Sum(True)).ToList();
        output.WriteLine($"{cells.Count} cells ({Enumerable.Range(0, cells.Count).Count(i => True(i) < 0)} without a true count), {relations.Count} relations, {broken.Count} do not hold in the true counts");
        string Show(int i) => $"[{cells[i]}: {cells[i].N?.ToString(CultureInfo.InvariantCulture) ?? cells[i].Reason} (true {True(i)})]";
        foreach (var (total, parts) in broken.Take(5))
            output.WriteLine($"BROKEN {Show(total)} = {string.Join(" + ", parts.Select(Show))}");
        output.WriteLine($"cells published as small whose true count is 10 or more: {cells.Count(c => c.Small && truth.GetValueOrDefault(c.ToString()) >= 10)}");
        var audit = SuppressionAudit.Audit(mart, cells, 10);
        output.WriteLine(audit.ToString());
        // A count two marts show (a school's roll in mart_attendance_school and mart_exclusions_school) is a cell twice.
        var index = Enumerable.Range(0, cells.Count).GroupBy(i => $"{mart}: {cells[i]}").ToDictionary(g => g.Key, g => g.First());
        var exposed = audit.Exposed.Select(line =>
        {
            var at = line.LastIndexOf(": ", StringComparison.Ordinal);
            var bounds = line[(at + 2)..].Split(" to ").Select(b => double.Parse(b, CultureInfo.InvariantCulture)).ToArray();
            return (Cell: index[line[..at]], Low: bounds[0], High: bounds[1], Line: line);
        }).ToList();
        output.WriteLine($"exposed: {exposed.Count}, pinned {exposed.Count(e => e.High - e.Low < 0.5)}, true count below the least value seen {exposed.Count(e => True(e.Cell) < e.Low - 1e-6)}, above the greatest {exposed.Count(e => True(e.Cell) > e.High + 1e-6)}");
        output.WriteLine("exposed by bound: " + string.Join(", ", exposed.GroupBy(e => $"{e.Low:0.#}..{e.High:0.#}").OrderByDescending(g => g.Count()).Take(12).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine("exposed by school: " + string.Join(", ", exposed.GroupBy(e => cells[e.Cell].Urn ?? "all schools").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        var hiddenRelations = relations.Where(r => r.Parts.Append(r.Total).Any(i => cells[i].Hidden)).ToList();
        using var solver = Solver.CreateSolver("GLOP");
        var variables = new Dictionary<int, Variable>();
        var constraints = new List<Constraint>();
        foreach (var (total, parts) in hiddenRelations)
        {
            var terms = parts.Select(p => (p, -1.0)).Append((total, 1.0)).ToList();
            var known = terms.Where(t => !cells[t.Item1].Hidden).Sum(t => t.Item2 * cells[t.Item1].N!.Value);
            var constraint = solver.MakeConstraint(-known, -known);
            foreach (var (c, sign) in terms.Where(t => cells[t.Item1].Hidden))
            {
                if (!variables.TryGetValue(c, out var v))
                    variables[c] = v = solver.MakeNumVar(0, double.PositiveInfinity, "");
                constraint.SetCoefficient(v, constraint.GetCoefficient(v) + sign);
            }
            constraints.Add(constraint);
        }
        foreach (var (cell, _, _, line) in exposed.OrderBy(e => e.High - e.Low).Take(3))
        {
            var objective = solver.Objective();
            objective.Clear();
            objective.SetCoefficient(variables[cell], 1);
            objective.SetMaximization();
            output.WriteLine($"EXPOSED {line} (true {True(cell)}), max {solver.Solve()} {objective.Value():0.###}; relations with a non-zero dual (their sum, so weighted, bounds it):");
            for (var r = 0; r < constraints.Count; r++)
                if (Math.Abs(constraints[r].DualValue()) > 1e-9)
                    output.WriteLine($"    x{constraints[r].DualValue():+0.##;-0.##} {Show(hiddenRelations[r].Total)} = {string.Join(" + ", hiddenRelations[r].Parts.Select(Show))}");
            foreach (var (c, v) in variables.Where(kv => Math.Abs(kv.Value.ReducedCost()) > 1e-9))
                output.WriteLine($"    reduced cost {v.ReducedCost():0.##} on {Show(c)} (at its bound 0)");
        }
        Assert.Empty(broken);
        Assert.DoesNotContain(exposed, e => True(e.Cell) > e.High + 1e-6);
    }

    private static double Number(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private T Scalar<T>(string sql) => demo.Warehouse.Scalar<T>(sql)!;

    private string Text(string sql) => demo.Warehouse.Scalar<string>(sql)!;

    private List<object[]> Rows(string sql)
    {
        using var connection = demo.Warehouse.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }
}
