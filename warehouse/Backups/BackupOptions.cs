namespace BelongingInsights.Warehouse.Backups;

/// <summary>The <c>Backups</c> settings section.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backups";

    /// <summary>Where backups are written, each in a folder of its own; empty is <c>&lt;DataDirectory&gt;/backups</c>.</summary>
    public string Folder { get; set; } = "";
}
