using BelongingInsights.Etl.Common;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// The warehouse half of one export kind: the folder of its SQL (its <c>staging.sql</c> and the scripts its load runs,
/// the folder its loader's namespace is named after) and how its loader is made. The etl half, what its files look
/// like, is <see cref="ExportKinds.Of"/>.
/// </summary>
public sealed record ExportKindSlice(ExportKind Kind, string SqlFolder, Func<IServiceProvider, IExportKindLoader> Loader)
{
    public string StagingScript => $"{SqlFolder}/staging.sql";

    /// <summary>The script that takes an import's rows out of the warehouse (its <c>undo.sql</c>), or null for a kind that cannot be undone.</summary>
    public string? UndoScript => SqlScripts.Under(SqlFolder).Contains($"{SqlFolder}/undo.sql") ? $"{SqlFolder}/undo.sql" : null;

    /// <summary>Why an import of the kind cannot be undone exactly, in words, for a kind without an <c>undo.sql</c>.</summary>
    public string? WhyNoUndo { get; init; }

    public static ExportKindSlice Of(ExportKind kind) => ExportKindSlices.All.First(slice => slice.Kind == kind);
}
