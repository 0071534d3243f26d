using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.TestSupport.SurveyCsv;

namespace BelongingInsights.Warehouse.Tests;

public sealed class BelongingAttendanceMartTests
{
    private const int Urn = 900301;

    /// <summary>
    /// Nine linked pupils scoring 1 (pupils 1-3), 2 (4-6) and 4 (7-9) on every PISA item, and two anonymous
    /// respondents scoring 3. Pupils 1-9 missed 20, 10, 6, 8, 5, 2, 3, 2 and 1 of 100 sessions in the autumn term.
    /// </summary>
    private static WarehouseHarness Loaded(int threshold)
    {
        var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        warehouse.Import(AttendanceCsv.WithAbsences(Urn, [20, 10, 6, 8, 5, 2, 3, 2, 1]), "attendance.csv");
        Respondent[] respondents =
        [
            .. Enumerable.Range(1, 9).Select(p => Everywhere(p, p <= 3 ? 1 : p <= 6 ? 2 : 4)),
            Everywhere(null, 3),
            Everywhere(null, 3),
        ];
        warehouse.Import(For("pisa-belonging", Urn, respondents), "survey.csv", wave: "baseline");
        return warehouse;
    }

    private static Respondent Everywhere(int? pupil, int score) => new(pupil, [.. Enumerable.Repeat<int?>(score, 6)]);

    [Theory]
    [InlineData("Scale score tercile", "Lowest third", 3, 88.0, 66.67)]
    [InlineData("Scale score tercile", "Middle third", 3, 95.0, 0.0)]
    [InlineData("Scale score tercile", "Highest third", 3, 98.0, 0.0)]
    [InlineData("I feel like I belong", "Positive", 3, 98.0, 0.0)]
    [InlineData("I feel like I belong", "Negative", 6, 91.5, 33.33)]
    [InlineData("I feel like I belong", "All linked pupils", 9, 93.67, 22.22)]
    public void Linked_pupils_grouped_by_belonging_have_the_hand_computed_attendance(string measure, string group, long pupils, double rate, double persistent)
    {
        // Scores 1,1,1,2,2,2,4,4,4 cut at their 1/3 and 2/3 quantiles (1.667 and 2.667) give thirds of 1s, 2s and 4s.
        // Lowest third: attended 80 + 90 + 94 of 300 = 88%, two of three missed at least 10%; middle 285/300; highest
        // 294/300. PISA's "I feel like I belong at school" is positive for the 4s; negative for the rest, 549/600 = 91.5%.
        using var warehouse = Loaded(threshold: 3);

        foreach (var scope in new[] { "urn is null", $"urn = {Urn}" })
        {
            var where = $"from mart_belonging_attendance where level = 'pupil' and {scope} and measure = '{measure}' and belonging_group = '{group}'";
            Assert.Equal((pupils, rate, persistent, "2024/25"), (
                warehouse.Scalar<long>("select respondents " + where),
                warehouse.Scalar<double>("select attendance_rate " + where),
                warehouse.Scalar<double>("select persistent_absence_rate " + where),
                warehouse.Scalar<string>("select academic_year_label " + where)));
        }
    }

    [Fact]
    public void Suspensions_per_100_and_pupils_suspended_at_least_once_sit_beside_each_belonging_third()
    {
        // Pupil 1 was suspended twice and pupil 2 once (both in the lowest third), pupil 7 once (highest third); a
        // permanent exclusion does not count. Lowest third: 3 suspensions per 3 pupils = 100 per 100, 2 of 3 pupils
        // suspended = 66.67; middle: none; highest: 1 of 3 = 33.33 both ways. The school: 4 per 9 = 44.44, 3 of 9 = 33.33.
        using var warehouse = Loaded(threshold: 3);
        warehouse.Import(
            "upn,urn,start_date,category,sessions,reason_1\n"
            + $"{AttendanceCsv.Upn(1)},{Urn},16/09/2024,suspension,2,PP\n"
            + $"{AttendanceCsv.Upn(1)},{Urn},14/10/2024,suspension,1,VA\n"
            + $"{AttendanceCsv.Upn(2)},{Urn},04/11/2024,suspension,4,DB\n"
            + $"{AttendanceCsv.Upn(7)},{Urn},11/11/2024,lunchtime,,DB\n"
            + $"{AttendanceCsv.Upn(3)},{Urn},18/11/2024,permanent,,PA\n",
            "suspensions.csv");

        Assert.Equal(
            "Lowest third=(100.0, 66.67) Middle third=(0.0, 0.0) Highest third=(33.33, 33.33)",
            warehouse.Scalar<string>("""
                select string_agg(belonging_group || '=' || (suspension_rate, one_or_more_suspension_rate)::varchar, ' ' order by group_order)
                from mart_belonging_attendance
                where level = 'pupil' and urn is null and measure = 'Scale score tercile' and group_order > 0
                """));
        Assert.Equal("(44.44, 33.33)", warehouse.Scalar<string>(
            "select (suspension_rate, one_or_more_suspension_rate)::varchar from mart_belonging_attendance where level = 'school'"));
    }

    [Fact]
    public void A_school_mean_score_sits_beside_the_school_attendance()
    {
        // All eleven respondents: (3 × 1 + 3 × 2 + 3 × 4 + 2 × 3) / 11 = 2.455; the nine pupils attended 843 of 900 sessions.
        using var warehouse = Loaded(threshold: 3);

        var where = $"from mart_belonging_attendance where level = 'school' and urn = {Urn}";
        Assert.Equal((11L, 9L, 2.455, 93.67), (
            warehouse.Scalar<long>("select respondents " + where),
            warehouse.Scalar<long>("select enrolments " + where),
            warehouse.Scalar<double>("select mean_score " + where),
            warehouse.Scalar<double>("select attendance_rate " + where)));
    }

    [Fact]
    public void A_small_belonging_group_is_suppressed_and_so_is_the_sibling_that_would_reveal_it()
    {
        // Threshold 4: each third (3 pupils) and the positive group (3) are suppressed; the negative group (6) would
        // give the positive group away by subtraction from all nine, so it is suppressed too.
        using var warehouse = Loaded(threshold: 4);

        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from mart_belonging_attendance where level = 'pupil' and belonging_group <> 'All linked pupils' and (not suppressed or attendance_rate is not null)"));
        Assert.Equal(93.67, warehouse.Scalar<double>(
            "select attendance_rate from mart_belonging_attendance where level = 'pupil' and urn is null and measure = 'I feel like I belong' and belonging_group = 'All linked pupils'"));
    }

    [Fact]
    public void The_query_returns_the_thirds_in_order_then_the_belong_item_and_the_schools()
    {
        using var warehouse = Loaded(threshold: 3);
        var query = warehouse.Get<BelongingAttendanceQuery>();

        var pupils = query.Pupils(AccessScope.Everything, "pisa-belonging");
        Assert.Equal(
            ["All linked pupils", "Lowest third", "Middle third", "Highest third", "All linked pupils", "Positive", "Negative"],
            pupils.Select(p => p.Group));
        Assert.Equal(new BelongingAttendance("baseline", "2024/25", "Scale score tercile", "Lowest third", 1, false, 3, 1.0, 88.0, 66.67, 0.0, 0.0), pupils[1]);
        Assert.Equal(
            new SchoolBelongingAttendance("Test School", "baseline", "2024/25", false, 11, 2.455, 93.67, 22.22),
            Assert.Single(query.Schools(AccessScope.Everything, "pisa-belonging")));
    }
}
