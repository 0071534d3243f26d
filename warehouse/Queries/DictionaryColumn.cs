namespace BelongingInsights.Warehouse.Queries;

/// <summary>One column of the data dictionary, with its table's kind and description.</summary>
public sealed record DictionaryColumn(string Table, string TableKind, string TableComment, string Column, string DataType, string Comment);
