using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void A_second_start_applies_no_migration_and_keeps_the_data()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));

        var applied = warehouse.Get<WarehouseMigrator>().Migrate();

        Assert.Empty(applied);
        Assert.Equal(12, warehouse.Scalar<long>("select count(*) from fact_attendance"));
        Assert.True(warehouse.Scalar<long>("select count(*) from ops_schema_migration") >= 3);
    }

    [Fact]
    public void Every_table_and_fact_column_has_a_comment_for_the_data_dictionary()
    {
        using var warehouse = new WarehouseHarness();

        var uncommented = warehouse.Scalar<string>(
            "select string_agg(table_name, ', ') from duckdb_tables() where comment is null and table_name not like 'stg_%' and table_name not like 'mart_%' and table_name <> 'ops_schema_migration'");

        Assert.Null(uncommented);
    }

    [Fact]
    public void Every_dimension_and_fact_column_has_a_comment_unless_it_is_a_key()
    {
        using var warehouse = new WarehouseHarness();

        var uncommented = warehouse.Scalar<string>("""
            select string_agg(table_name || '.' || column_name, ', ' order by table_name, column_index)
            from duckdb_columns()
            where comment is null
                and (table_name like 'dim\_%' escape '\' or table_name like 'fact\_%' escape '\')
                and column_name not like '%\_key' escape '\'
                and column_name <> 'import_id'
            """);

        Assert.Null(uncommented);
    }

    [Fact]
    public void Every_mart_column_has_a_meaning_in_the_data_dictionary()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));

        var unexplained = warehouse.Get<DataDictionaryQuery>().Run()
            .Where(c => c.TableKind == "Mart" && c.Comment.Length == 0)
            .Select(c => $"{c.Table}.{c.Column}");

        Assert.Empty(unexplained);
    }
}
