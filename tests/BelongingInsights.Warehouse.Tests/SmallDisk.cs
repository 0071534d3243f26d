using System.ComponentModel;
using System.Globalization;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// A real file system of a few megabytes (a tmpfs mounted on a new folder, which needs root, as CI has), with a filler
/// file that takes its space until freed; unmounted on dispose. Where mounting fails the test is skipped, saying why
/// (reported as skipped, never as passed).
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler");

    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    public static async Task<SmallDisk> MountAsync(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("bi-small-disk-").FullName;
        try
        {
            await Commands.RunAsync("mount", "-t", "tmpfs", "-o", string.Create(CultureInfo.InvariantCulture, $"size={megabytes}m,mode=0700"), "tmpfs", path);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            Directory.Delete(path);
            Assert.Skip($"This test fills a real disk, so it mounts a {megabytes} MB tmpfs, which needs root (as the tests run here and in CI); mounting it failed: {e.Message}");
        }
        return new SmallDisk(path);
    }

    /// <summary>Takes all the free space but <paramref name="bytes"/> with a filler file.</summary>
    public void FillLeaving(long bytes)
    {
        using var filler = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[1 << 16];
        while (FreeBytes - block.Length >= bytes)
            filler.Write(block);
    }

    public void Free() => File.Delete(Filler);

    public void Dispose()
    {
        Commands.RunAsync("umount", Path).GetAwaiter().GetResult();
        Directory.Delete(Path);
    }
}
