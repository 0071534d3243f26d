using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

public sealed class DataDictionaryTests
{
    [Fact]
    public void The_dictionary_lists_dimensions_facts_and_marts_with_their_comments_and_hides_staging()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));

        var columns = warehouse.Get<DataDictionaryQuery>().Run();

        var hash = Assert.Single(columns, c => c.Table == "dim_pupil" && c.Column == "pupil_hash");
        Assert.Equal(("Dimension", "VARCHAR"), (hash.TableKind, hash.DataType));
        Assert.Contains("HMAC", hash.Comment, StringComparison.Ordinal);
        Assert.Contains(columns, c => c.Table == "fact_attendance_mark" && c.TableKind == "Fact");
        var mart = columns.First(c => c.Table == "mart_attendance_school");
        Assert.Equal("Mart", mart.TableKind);
        Assert.StartsWith("Attendance, absence, persistent and severe absence", mart.TableComment, StringComparison.Ordinal);
        Assert.DoesNotContain(columns, c => c.Table.StartsWith("stg_", StringComparison.Ordinal) || c.Table.StartsWith("work_", StringComparison.Ordinal));
        Assert.Equal(["Dimension", "Fact", "Mart", "Import ledger"], columns.Select(c => c.TableKind).Distinct());
    }
}
