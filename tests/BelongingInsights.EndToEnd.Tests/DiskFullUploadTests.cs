using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>An upload the server's disk has no room for answers 507, saying what to free, and keeps nothing of the file.</summary>
public sealed class DiskFullUploadTests(PostgresServer postgres)
{
    [Fact]
    public async Task An_upload_the_disk_has_no_room_for_answers_507_saying_what_to_free_and_keeps_nothing()
    {
        var freeMegabytes = new DriveInfo(Path.GetTempPath()).AvailableFreeSpace / (1024 * 1024);
        await using var host = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync(),
            settings: new Dictionary<string, string> { ["Imports__MinFreeDiskMegabytes"] = (freeMegabytes + 1024).ToString(CultureInfo.InvariantCulture) });

        var response = await host.Client.PostAsync("/api/imports", Exports.Form(AttendanceCsv.For(100001, 20), "attendance.csv"));
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        var imports = await host.Client.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports");

        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        Assert.Equal("The server's disk is full", problem!["title"].ToString());
        Assert.StartsWith("The server's disk has ", problem["detail"].ToString(), StringComparison.Ordinal);
        Assert.Contains("the Imports:MinFreeDiskMegabytes setting keeps free, so it was not received.", problem["detail"].ToString(), StringComparison.Ordinal);
        Assert.Empty(imports!);
        Assert.Empty(Directory.Exists(Path.Combine(host.DataDirectory, "uploads")) ? Directory.GetFiles(Path.Combine(host.DataDirectory, "uploads")) : []);
    }
}
