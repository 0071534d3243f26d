namespace BelongingInsights.Warehouse.Backups;

/// <summary>A finished backup: its name (when it was taken, UTC), its folder and its size on disk.</summary>
public sealed record Backup(string Name, DateTimeOffset TakenAt, string Folder, long SizeBytes);
