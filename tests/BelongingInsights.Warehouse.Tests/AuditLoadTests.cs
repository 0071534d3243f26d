using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

public sealed class AuditLoadTests
{
    private const string Culture = "Creating an inclusive culture";
    private const string Relationships = "Fostering positive relationships";

    [Fact]
    public void Each_rated_item_becomes_one_fact_with_its_ordinal_score()
    {
        using var warehouse = new WarehouseHarness();

        var audit = warehouse.Import(AuditCsv.For(100001, "baseline", (Culture, "A", "Fully met"), (Culture, "B", "Partially met"), (Relationships, "C", "Not yet met")));

        Assert.Equal((ImportStatus.Succeeded, "audit", 3), (audit.Status, audit.DetectedKind, audit.RowsLoaded));
        Assert.Equal("A fully met 2, B partially met 1, C not yet met 0", warehouse.Scalar<string>(
            "select string_agg(i.item_text || ' ' || f.rating || ' ' || f.score, ', ' order by i.item_text) "
            + "from fact_audit_rating as f inner join dim_audit_item as i on i.audit_item_key = f.audit_item_key"));
    }

    [Fact]
    public void A_corrected_audit_for_the_same_school_and_round_replaces_the_earlier_one_and_leaves_other_rounds()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AuditCsv.For(100001, "baseline", (Culture, "A", "Not yet met"), (Culture, "B", "Partially met"), (Relationships, "C", "Not yet met")), "baseline.csv");
        warehouse.Import(AuditCsv.For(100001, "endline", (Culture, "A", "Fully met")), "endline.csv");

        warehouse.Import(AuditCsv.For(100001, "baseline", (Culture, "A", "Partially met"), (Relationships, "C", "Not yet met")), "baseline-corrected.csv");

        Assert.Equal("baseline A 1, baseline C 0, endline A 2", warehouse.Scalar<string>(
            "select string_agg(f.round || ' ' || i.item_text || ' ' || f.score, ', ' order by f.round, i.item_text) "
            + "from fact_audit_rating as f inner join dim_audit_item as i on i.audit_item_key = f.audit_item_key"));
    }

    [Fact]
    public void An_item_worded_slightly_differently_in_a_later_round_is_the_same_item_with_the_later_wording()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AuditCsv.For(100001, "baseline", (Culture, "Every pupil has a trusted adult", "Partially met")), "baseline.csv");

        warehouse.Import(AuditCsv.For(100001, "endline", (Culture, "Every pupil has a trusted adult.", "Fully met")), "endline.csv");

        Assert.Equal(1, warehouse.Scalar<long>("select count(*) from dim_audit_item"));
        Assert.Equal("Every pupil has a trusted adult.", warehouse.Scalar<string>("select item_text from dim_audit_item"));
        Assert.Equal(2, warehouse.Scalar<long>("select count(*) from fact_audit_rating"));
    }

    [Fact]
    public void The_area_mart_counts_ratings_per_school_round_and_area_with_the_share_fully_met()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AuditCsv.For(100001, "baseline",
            (Culture, "A", "Fully met"), (Culture, "B", "Fully met"), (Culture, "C", "Partially met"),
            (Relationships, "D", "Not yet met"), (Relationships, "E", "Partially met")), "baseline.csv");
        warehouse.Import(AuditCsv.For(100001, "endline", (Culture, "A", "Fully met"), (Culture, "B", "Fully met"), (Culture, "C", "Fully met")), "endline.csv");
        warehouse.Import("URN,School name,Phase\n100001,Brook Primary,Primary\n", "schools.csv");

        var rows = warehouse.Get<AuditByAreaQuery>().Run(AccessScope.Everything);

        Assert.Equal(
            [
                new AuditArea(100001, "Brook Primary", "baseline", 1, Culture, 3, 2, 1, 0, 66.7),
                new AuditArea(100001, "Brook Primary", "endline", 1, Culture, 3, 3, 0, 0, 100.0),
                new AuditArea(100001, "Brook Primary", "baseline", 3, Relationships, 2, 0, 1, 1, 0.0),
            ],
            rows);
    }
}
