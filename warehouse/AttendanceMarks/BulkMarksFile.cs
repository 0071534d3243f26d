namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>A long marks export whose distinct values all checked clean: its rows, and the SQL parameters that read it.</summary>
internal sealed record BulkMarksFile(int Rows, (string Name, object? Value)[] Columns);
