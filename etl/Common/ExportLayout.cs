namespace BelongingInsights.Etl.Common;

/// <summary>
/// One way an export kind is laid out: its canonical columns and their header aliases, and optionally a further
/// test of the header cells for layouts whose columns are not fixed (a column per session).
/// </summary>
public sealed record ExportLayout(ExportKind Kind, string Name, IReadOnlyList<ColumnSpec> Columns, Func<IReadOnlyList<string>, bool>? Recognises = null);
