using BelongingInsights.Performance;

var scale = PerformanceScale.School;
string? workDirectory = null;
var keep = false;
var undo = false;
var titleRow = false;
var audit = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--scale" when i + 1 < args.Length && PerformanceScale.Named(args[i + 1]) is { } named:
            scale = named;
            i++;
            break;
        case "--marks" when i + 1 < args.Length && long.TryParse(args[i + 1], out var marks) && marks > 0:
            scale = PerformanceScale.National(marks);
            i++;
            break;
        case "--work" when i + 1 < args.Length:
            workDirectory = args[++i];
            break;
        case "--keep":
            keep = true;
            break;
        case "--undo":
            undo = true;
            break;
        case "--title-row":
            titleRow = true;
            break;
        case "--audit":
            audit = true;
            break;
        default:
            Console.Error.WriteLine("Usage: BelongingInsights.Performance [--scale tiny|school|trust | --marks N] [--work DIR] [--keep] [--undo] [--title-row] [--audit]");
            return 2;
    }
}

workDirectory ??= Directory.CreateTempSubdirectory("bi-performance-").FullName;
try
{
    if (undo)
    {
        UndoTiming.Run(workDirectory, Console.Out);
        return 0;
    }
    if (titleRow)
        return TitleRowTiming.Run(scale, workDirectory, Console.Out);
    var result = PerformanceRun.Run(scale, workDirectory, Console.Out, audit);
    ResultTable.Print(result, Console.Out);
    return result.ImportStatus == BelongingInsights.Warehouse.Imports.ImportStatus.Succeeded && result.ApiFailed is null ? 0 : 1;
}
finally
{
    if (!keep)
        Directory.Delete(workDirectory, recursive: true);
}
