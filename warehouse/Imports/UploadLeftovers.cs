using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// The half-received files a killed process leaves: <c>uploads/*.partial</c> and ASP.NET Core's request-body buffers
/// (<c>ASPNETCORE_*.tmp</c>). Both hold pupil data and nothing finishes them, so they are deleted at start, before
/// anything is received.
/// </summary>
public sealed class UploadLeftovers(IOptions<WarehouseOptions> options)
{
    /// <summary>Creates the owner-only folder request bodies are buffered in and returns it, for ASPNETCORE_TEMP.</summary>
    public string RequestBufferFolder()
    {
        var folder = Path.GetFullPath(options.Value.RequestBufferDirectory);
        OwnerOnly.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes every leftover; returns how many went.</summary>
    public int DeleteAll()
    {
        var leftovers = Matching(options.Value.UploadsDirectory, "*.partial")
            .Concat(Matching(options.Value.RequestBufferDirectory, "ASPNETCORE_*.tmp"))
            .ToList();
        foreach (var path in leftovers)
            File.Delete(path);
        return leftovers.Count;
    }

    private static IEnumerable<string> Matching(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern) : [];
}
