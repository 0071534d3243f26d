using BelongingInsights.Performance.Suppression;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>The suppression audit finds a small cell that the published figures give away, so its passing means something.</summary>
public sealed class SuppressionAuditTests
{
    [Fact]
    public void A_small_part_whose_total_and_only_sibling_are_shown_is_exposed_at_its_value()
    {
        AuditCell Cell(string? urn, long? n, string? reason) => new(false, "2024", urn, [null], "Trust", "Primary", n, reason);

        var exposed = SuppressionAudit.Audit("test", [Cell(null, 44, null), Cell("1", 40, null), Cell("2", null, "small")], 10).Exposed;

        Assert.Equal(["test: 2024 2 * Trust Primary: 4 to 4"], exposed);
    }

    [Fact]
    public void A_small_part_beside_a_hidden_sibling_that_could_hold_ten_or_more_is_protected()
    {
        AuditCell Cell(string? urn, long? n, string? reason) => new(false, "2024", urn, [null], "Trust", "Primary", n, reason);

        var audit = SuppressionAudit.Audit("test", [Cell(null, 44, null), Cell("1", null, "complement"), Cell("2", null, "small")], 10);

        Assert.Empty(audit.Exposed);
        Assert.Equal(2, audit.Programs);
    }

    [Fact]
    public void A_school_shown_in_mart_attendance_school_but_hidden_as_a_complement_in_the_group_mart_gives_a_tiny_school_away()
    {
        using var warehouse = AttendanceGroupMartTests.Schools((100001, "Alpha Learning Trust", "primary", 40, 10),
            (100002, "Alpha Learning Trust", "special", 4, 20), (100003, "Beta Trust", "secondary", 30, 0));
        using var connection = warehouse.Open();
        Assert.Empty(SuppressionAudit.Run(connection, 10).SelectMany(r => r.Exposed));

        // Break it: show every school's enrolments in mart_attendance_school, as a rule of its own (primary only) would.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                update mart_attendance_school as m
                set suppressed = false, suppression_reason = null, enrolments = (
                    select count(*)
                    from work_attendance_enrolment as e
                    inner join dim_school as s on s.school_key = e.school_key
                    where s.urn = m.urn and e.academic_year = m.academic_year and e.counting_window = m.counting_window and e.period = m.period)
                where m.enrolments is null and m.urn = 100001
                """;
            Assert.True(command.ExecuteNonQuery() > 0);
        }

        var exposed = SuppressionAudit.Run(connection, 10).Single(r => r.Mart == "attendance_group").Exposed;

        Assert.Contains(exposed, e => e.Contains(" 4 to 4", StringComparison.Ordinal));
    }
}
