namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>A long marks export whose distinct values all checked clean and whose weeks are staged: its row count.</summary>
internal sealed record BulkMarksFile(int Rows);
