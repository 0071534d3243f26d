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

    /// <summary>
    /// Whether an import of the kind is undone by loading again, from their stored files, the other imports that cover
    /// the weeks it covered (session marks, whose weeks merge every import's sessions: <c>undo_plan.sql</c> in its
    /// folder) rather than by an <c>undo.sql</c>.
    /// </summary>
    public bool UndoneByReloading { get; init; }

    /// <summary>Whether an import of the kind can be undone.</summary>
    public bool CanUndo => UndoScript is not null || UndoneByReloading;

    public static ExportKindSlice Of(ExportKind kind) => ExportKindSlices.All.First(slice => slice.Kind == kind);
}
