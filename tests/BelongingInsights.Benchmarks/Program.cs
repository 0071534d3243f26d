using BelongingInsights.Benchmarks;

var scale = BenchmarkScale.School;
string? workDirectory = null;
var keep = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--scale" when i + 1 < args.Length && BenchmarkScale.Named(args[i + 1]) is { } named:
            scale = named;
            i++;
            break;
        case "--marks" when i + 1 < args.Length && long.TryParse(args[i + 1], out var marks) && marks > 0:
            scale = BenchmarkScale.National(marks);
            i++;
            break;
        case "--work" when i + 1 < args.Length:
            workDirectory = args[++i];
            break;
        case "--keep":
            keep = true;
            break;
        default:
            Console.Error.WriteLine("Usage: BelongingInsights.Benchmarks [--scale tiny|school|trust | --marks N] [--work DIR] [--keep]");
            return 2;
    }
}

workDirectory ??= Directory.CreateTempSubdirectory("bi-benchmark-").FullName;
try
{
    var result = BenchmarkRun.Run(scale, workDirectory, Console.Out);
    ResultTable.Print(result, Console.Out);
    return result.ImportStatus == BelongingInsights.Warehouse.Imports.ImportStatus.Succeeded ? 0 : 1;
}
finally
{
    if (!keep)
        Directory.Delete(workDirectory, recursive: true);
}
