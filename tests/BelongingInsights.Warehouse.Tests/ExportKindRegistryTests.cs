using System.Runtime.CompilerServices;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// Every export kind is declared once in <see cref="ExportKinds"/> and once in <see cref="ExportKindSlices"/>, and each
/// declaration names what exists: layouts, a loader, its SQL and staging tables, and a sample file recognised as it.
/// </summary>
public sealed class ExportKindRegistryTests
{
    private static readonly ExportKind[] Kinds = Enum.GetValues<ExportKind>();

    [Fact]
    public void Every_kind_is_declared_once_in_each_half_with_its_own_code_and_title()
    {
        Assert.Equal(Kinds.Order(), ExportKinds.All.Select(d => d.Kind).Order());
        Assert.Equal(Kinds.Order(), ExportKindSlices.All.Select(s => s.Kind).Order());
        Assert.Equal(ExportKinds.All.Count, ExportKinds.All.Select(d => d.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(ExportKinds.All.Count, ExportKinds.All.Select(d => d.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_kind_has_layouts_of_its_own_kind_with_a_required_or_loosely_matched_column()
    {
        foreach (var definition in ExportKinds.All)
        {
            Assert.NotEmpty(definition.Layouts);
            Assert.All(definition.Layouts, layout => Assert.Equal(definition.Kind, layout.Kind));
            Assert.All(definition.Layouts, layout => Assert.Contains(layout.Columns, c => c.Required || c.Loose || layout.Recognises is not null));
        }
    }

    [Fact]
    public void Every_kind_has_one_registered_loader_living_in_the_folder_of_its_sql()
    {
        using var warehouse = new WarehouseHarness();
        var loaders = warehouse.Services.GetServices<IExportKindLoader>().ToList();

        foreach (var slice in ExportKindSlices.All)
        {
            var loader = Assert.Single(loaders, l => l.Kind == slice.Kind);
            Assert.Equal($"BelongingInsights.Warehouse.{slice.SqlFolder}", loader.GetType().Namespace);
            Assert.Contains(SqlScripts.Under(slice.SqlFolder), script => script != slice.StagingScript);
        }
    }

    [Fact]
    public void Every_staging_table_is_created_by_one_kind_beside_the_scripts_that_read_it()
    {
        using var warehouse = new WarehouseHarness();
        var stagingTables = warehouse.Scalar<string>(
            "select string_agg(table_name, ' ' order by table_name) from duckdb_tables() where table_name like 'stg\\_%' escape '\\'")!.Split(' ');

        foreach (var table in stagingTables)
        {
            var creators = ExportKindSlices.StagingScripts.Where(script => SqlScripts.Get(script).Contains($"create or replace table {table} (", StringComparison.Ordinal)).ToList();
            var script = Assert.Single(creators);
            var folder = script[..script.IndexOf('/', StringComparison.Ordinal)];
            Assert.Contains(SqlScripts.Under(folder), other => other != script && SqlScripts.Get(other).Contains(table, StringComparison.Ordinal));
        }
        Assert.All(ExportKindSlices.StagingScripts, script => Assert.Contains(stagingTables, table => SqlScripts.Get(script).Contains($"table {table} (", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_kind_has_a_sample_file_whose_header_is_recognised_as_that_kind()
    {
        var tests = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SourcePath())!, ".."));
        var recognised = new HashSet<ExportKind>();
        foreach (var sample in Directory.GetDirectories(tests, "Samples", SearchOption.AllDirectories)
            .Where(folder => !folder.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(folder => Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories)))
        {
            using var table = ExportTable.Open(sample, ExportKinds.Layouts, new ProblemLog(Path.GetFileName(sample)));
            if (table is not null)
                recognised.Add(table.Layout.Kind);
        }

        Assert.Equal(Kinds.Order(), recognised.Order());
    }

    private static string SourcePath([CallerFilePath] string path = "") => path;
}
