using System.Text.RegularExpressions;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.MartRefresh;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>The rules the mart engine relies on, which nothing checks at compile time (docs/architecture.md, "The mart engine").</summary>
public sealed partial class MartEngineTests
{
    [Fact]
    public void Every_script_under_Marts_is_in_a_stage_folder_and_runs_in_stage_order()
    {
        Assert.Equal(SqlScripts.Under(MartScript.Root).Order(StringComparer.Ordinal), MartScript.All.Select(s => s.Path).Order(StringComparer.Ordinal));
        Assert.Equal(MartScript.All.Select(s => s.Stage).Order(), MartScript.All.Select(s => s.Stage));
        Assert.Equal(Enum.GetValues<MartStage>(), MartScript.All.Select(s => s.Stage).Distinct());
    }

    [Fact]
    public void Every_work_cells_and_mart_script_is_named_after_a_table_it_writes()
    {
        var misnamed = MartScript.All
            .Where(s => s.Stage != MartStage.Suppression && !s.Writes.Contains(OrderPrefix().Replace(Path.GetFileNameWithoutExtension(s.Name), "")))
            .Select(s => s.Path);

        Assert.Empty(misnamed);
    }

    [Fact]
    public void No_script_reads_a_table_that_only_a_later_script_writes()
    {
        var scripts = MartScript.All;
        var early = scripts
            .SelectMany((script, index) => script.Reads
                .Where(table => scripts.Any(s => s.Writes.Contains(table)) && !scripts.Take(index + 1).Any(s => s.Writes.Contains(table)))
                .Select(table => $"{script.Path} reads {table}"));

        Assert.Empty(early);
    }

    [Fact]
    public void Every_cells_script_fills_work_mart_cell_for_a_mart_that_reads_its_suppression()
    {
        var cells = MartScript.All.Where(s => s.Stage == MartStage.Cells).ToList();
        var marts = MartScript.All.Where(s => s.Stage == MartStage.Mart).ToList();

        var shared = cells.Where(s => s.CellsOf is null).ToList();
        Assert.All(shared, s => Assert.All(s.Writes, table => Assert.StartsWith("work_suppression_", table, StringComparison.Ordinal)));
        Assert.All(cells.Where(s => s.CellsOf is not null), s =>
        {
            Assert.Contains($"work_{s.CellsOf}_cell", s.Writes);
            Assert.Contains(marts, m => m.Reads.Contains($"work_{s.CellsOf}_cell") && m.Sql.Contains($"s.mart = '{s.CellsOf}'", StringComparison.Ordinal));
        });
        Assert.True(cells.IndexOf(shared.Last()) < cells.FindIndex(s => s.CellsOf is not null), "The shared suppression tables are created before any mart's cells.");
    }

    [Fact]
    public void Every_loader_has_a_sql_folder_named_by_its_namespace()
    {
        using var warehouse = new WarehouseHarness();

        var loaders = warehouse.Get<IEnumerable<IExportKindLoader>>().Select(l => l.GetType()).Distinct().ToList();

        Assert.NotEmpty(loaders);
        Assert.Empty(loaders.Where(l => !SqlScripts.Under(ImportChanges.SqlFolderOf(l)).Any()).Select(l => l.FullName));
    }

    [GeneratedRegex("^[0-9]+_")]
    private static partial Regex OrderPrefix();
}
