using BelongingInsights.Etl.Demo;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Imports;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Jobs;

/// <summary>On a first start, sends the demonstration exports through the same import path as any upload.</summary>
public sealed class DemoSeed(ImportLedger ledger, ImportQueue queue, IOptions<WarehouseOptions> options)
{
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (ledger.Count() > 0)
            return 0;
        var directory = Path.Combine(options.Value.DataDirectory, "demo");
        var files = DemoExports.Write(directory);
        foreach (var path in files)
        {
            await using var file = File.OpenRead(path);
            await queue.SubmitAsync(file, Path.GetFileName(path), new ImportRequest(ImportRequest.Demo, ImportCaller.Operator), cancellationToken);
        }
        return files.Count;
    }
}
