namespace BelongingInsights.Warehouse.Tests;

public sealed class WarehouseDatabaseTests
{
    [Fact]
    public void The_warehouse_holds_DuckDB_to_500MB_unless_told_otherwise()
    {
        using var warehouse = new WarehouseHarness();

        Assert.Equal("476.8 MiB", warehouse.Scalar<string>("select current_setting('memory_limit')"));
    }

    [Fact]
    public void A_configured_memory_limit_replaces_the_default()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:MemoryLimit", "2GB"));

        Assert.Equal("1.8 GiB", warehouse.Scalar<string>("select current_setting('memory_limit')"));
    }

    [Fact]
    public void The_warehouse_gives_memory_DuckDB_has_freed_back_to_the_system_as_it_goes()
    {
        using var warehouse = new WarehouseHarness();

        Assert.True(warehouse.Scalar<bool>("select current_setting('allocator_background_threads')"));
    }
}
