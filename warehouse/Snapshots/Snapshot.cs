namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>A published snapshot: its name (the time it was published, UTC), its folder, and its size on disk.</summary>
public sealed record Snapshot(string Name, DateTimeOffset PublishedAt, string Folder, long SizeBytes)
{
    public string DatabaseFile => Path.Combine(Folder, SnapshotFolders.DatabaseFile);

    public string DictionaryFile => Path.Combine(Folder, SnapshotFolders.DictionaryFile);

    public string ParquetFolder => Path.Combine(Folder, SnapshotFolders.ParquetFolder);

    /// <summary>The snapshot in <paramref name="folder"/>, sized by all its files.</summary>
    public static Snapshot Of(string folder)
    {
        var name = Path.GetFileName(folder);
        return new Snapshot(
            name,
            TimeNamedFolders.TimeOf(name) ?? throw new ArgumentException($"{name} is not a snapshot's name.", nameof(folder)),
            folder,
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length));
    }

    /// <summary>The snapshot in <paramref name="folder"/>, or null when the folder, or a file in it, is deleted (pruned) while it is sized.</summary>
    public static Snapshot? IfStillThere(string folder)
    {
        try
        {
            return Of(folder);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return null;
        }
    }
}
