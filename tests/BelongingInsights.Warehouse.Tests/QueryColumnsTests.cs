using System.Text.RegularExpressions;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.MartRefresh;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// Every embedded SQL script the warehouse's code asks for exists, and every query returns as many columns as its
/// record has: the records read their columns by name (a renamed column fails <see cref="ScopedQueryTests"/>, which
/// runs every query on data), so an added or dropped column is what is left to catch.
/// </summary>
public sealed partial class QueryColumnsTests
{
    private static readonly Dictionary<string, Type> Records = new()
    {
        ["Queries/attendance_benchmark.sql"] = typeof(AttendanceBenchmark),
        ["Queries/attendance_by_group.sql"] = typeof(GroupAttendance),
        ["Queries/attendance_by_school_term.sql"] = typeof(SchoolTermAttendance),
        ["Queries/attendance_year_to_date.sql"] = typeof(SchoolYearAttendance),
        ["Queries/coverage.sql"] = typeof(CoverageCell),
        ["Queries/published_by_group.sql"] = typeof(PublishedGroupFigure),
        ["Queries/audit_by_area.sql"] = typeof(AuditArea),
        ["Queries/belonging_attendance.sql"] = typeof(BelongingAttendance),
        ["Queries/data_dictionary.sql"] = typeof(DictionaryColumn),
        ["Queries/exclusions_by_school.sql"] = typeof(SchoolExclusions),
        ["Queries/roll_exits.sql"] = typeof(RollExits),
        ["Queries/school_choices.sql"] = typeof(SchoolChoice),
        ["Queries/school_profile.sql"] = typeof(SchoolProfile),
        ["Queries/school_attendance_comparison.sql"] = typeof(AttendanceComparison),
        ["Queries/filter_choices.sql"] = typeof(FilterChoice),
        ["Queries/overview_tiles.sql"] = typeof(OverviewTile),
        ["Queries/school_belonging_attendance.sql"] = typeof(SchoolBelongingAttendance),
        ["Queries/survey_attrition.sql"] = typeof(SurveyAttrition),
        ["Queries/survey_instruments.sql"] = typeof(SurveyInstrumentName),
        ["Queries/survey_item.sql"] = typeof(ItemResult),
        ["Queries/survey_item_change.sql"] = typeof(ItemChange),
        ["Queries/survey_paired_item.sql"] = typeof(PairedItemResult),
        ["Queries/survey_paired_scale.sql"] = typeof(PairedScaleResult),
        ["Queries/survey_scale.sql"] = typeof(ScaleResult),
        ["Queries/survey_themes.sql"] = typeof(ThemeResult),
    };

    [Fact]
    public void Every_sql_script_the_warehouse_asks_for_by_name_is_embedded_and_every_query_script_is_asked_for()
    {
        var asked = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "warehouse"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => ScriptName().Matches(File.ReadAllText(file)).Select(match => match.Groups["path"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var embedded = typeof(SqlScripts).Assembly.GetManifestResourceNames().ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Queries/roll_exits.sql", asked);
        Assert.All(asked, path => Assert.Contains(path, embedded));
        Assert.All(SqlScripts.Under("Queries"), path => Assert.Contains(path, asked));
    }

    [Fact]
    public void Every_query_returns_one_column_for_each_value_of_its_record()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Get<MartRefresher>().Refresh();
        using var connection = warehouse.Open();

        Assert.Equal(SqlScripts.Under("Queries").Order(StringComparer.Ordinal), Records.Keys.Order(StringComparer.Ordinal));
        Assert.All(Records, query =>
        {
            var sql = SqlScripts.Get(query.Key);
            (string, object?)[] parameters = [.. AccessScope.Everything.Parameters, .. DashboardFilter.None.Parameters(FilterFields.None), ("instrument", "pisa-belonging"), ("grouping", "All pupils"), ("urn", 100001)];
            using var command = connection.Command(sql, [.. parameters.Where(p => sql.Contains($"${p.Item1}", StringComparison.Ordinal))]);
            using var reader = command.ExecuteReader();
            Assert.True(
                Values(query.Value) == reader.FieldCount,
                $"{query.Key} returns {reader.FieldCount} columns; {query.Value.Name} takes {Values(query.Value)} values.");
        });
    }

    /// <summary>The values a record takes, a record of the queries' own among them counting as its values (the reasons of <see cref="RollExits"/>).</summary>
    private static int Values(Type record) =>
        record.GetConstructors().Single().GetParameters().Sum(p => p.ParameterType.IsClass && p.ParameterType.Namespace == typeof(RollExits).Namespace ? Values(p.ParameterType) : 1);

    [GeneratedRegex("""SqlScripts\.Get\("(?<path>[^"]+\.sql)"\)""")]
    private static partial Regex ScriptName();
}
