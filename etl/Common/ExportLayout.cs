namespace BelongingInsights.Etl.Common;

/// <summary>One way an export kind is laid out: its canonical columns and their header aliases.</summary>
public sealed record ExportLayout(ExportKind Kind, string Name, IReadOnlyList<ColumnSpec> Columns);
