namespace BelongingInsights.Warehouse;

/// <summary>
/// Creates the folders and files that hold pupil data so that only the app's own user can read them: 0700 for
/// folders and 0600 for files on Unix. Folders that already exist keep the mode they have.
/// </summary>
internal static class OwnerOnly
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder, and any of its parents that are missing, owner-only.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else
            Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>Creates a new file, owner-only from its first byte, open for reading and writing.</summary>
    public static FileStream CreateFile(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.ReadWrite };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = FileMode;
        return new FileStream(path, options);
    }

    /// <summary>Makes an existing folder owner-only (one another library created).</summary>
    public static void RestrictFolder(string path)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, FolderMode);
    }

    /// <summary>Makes an existing file owner-only.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, FileMode);
    }
}
