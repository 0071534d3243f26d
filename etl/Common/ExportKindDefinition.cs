namespace BelongingInsights.Etl.Common;

/// <summary>
/// What the etl knows of one export kind: the code the API and the ledger use (<c>attendance-summary</c>), the words a
/// school person reads on the upload page, and the layouts its header is recognised by. The warehouse half (its
/// loader and SQL folder) is in <c>warehouse/Imports/ExportKindLoaders.cs</c>.
/// </summary>
public sealed record ExportKindDefinition(ExportKind Kind, string Code, string Title, IReadOnlyList<ExportLayout> Layouts)
{
    /// <summary>
    /// The kind changes which schools belong to which trust (the school list) or the national figures every school is
    /// compared with (DfE statistics): only a sender who sees every school may load it.
    /// </summary>
    public bool NeedsEverySchool { get; init; }
}
