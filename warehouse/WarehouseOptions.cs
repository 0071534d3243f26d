namespace BelongingInsights.Warehouse;

/// <summary>Where the product keeps its state, and the warehouse's own settings.</summary>
public sealed class WarehouseOptions
{
    public const string DataDirectorySetting = "DataDirectory";

    /// <summary>Holds the DuckDB file, the inbox folder, stored uploads and the generated pseudonymisation key.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Groups smaller than this many pupils or respondents are suppressed in every mart.</summary>
    public int SuppressionThreshold { get; set; } = 10;

    /// <summary>A file whose share of rows with errors is above this fraction is rejected whole.</summary>
    public double RejectThreshold { get; set; } = 0.05;

    /// <summary>
    /// DuckDB's memory limit (such as <c>2GB</c>); empty leaves DuckDB's own default, 80% of the machine's memory.
    /// DuckDB caches the warehouse up to its limit and spills larger work to disk, so the default holds the whole
    /// process within the benchmark's peak-memory target (docs/performance.md); a larger limit buys speed on a larger
    /// machine.
    /// </summary>
    public string MemoryLimit { get; set; } = "500MB";

    public string WarehousePath => Path.Combine(DataDirectory, "warehouse.duckdb");

    public string UploadsDirectory => Path.Combine(DataDirectory, "uploads");

    public string InboxDirectory => Path.Combine(DataDirectory, "inbox");

    /// <summary>Where ASP.NET Core buffers large request bodies (its ASPNETCORE_TEMP), so a restart can delete what a killed process left.</summary>
    public string RequestBufferDirectory => Path.Combine(DataDirectory, "tmp");
}
