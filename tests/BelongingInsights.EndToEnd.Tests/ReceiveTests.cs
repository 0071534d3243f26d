using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>How <c>POST /api/imports</c> receives a file, and when the import says the dashboard shows it.</summary>
public sealed class ReceiveTests(ReceiveHostFixture fixture) : IClassFixture<ReceiveHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task A_multipart_upload_streams_into_its_content_addressed_file_with_no_buffered_copy()
    {
        var csv = Encoding.UTF8.GetBytes(MarksCsv.For(100601, 60, new DateOnly(2024, 9, 2), 60));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "streamed.csv" } };
        var body = new PausedContent(await form.ReadAsByteArrayAsync());
        body.Headers.ContentType = form.Headers.ContentType;

        var posting = Client.PostAsync("/api/imports", body);
        var partial = await WaitForAsync(() => Directory.Exists(fixture.UploadsDirectory) ? Directory.EnumerateFiles(fixture.UploadsDirectory, "*.partial").FirstOrDefault() : null);
        var bufferedMidway = Buffered();
        body.Resume();
        var response = await posting;
        var import = await Client.WaitForOutcomeAsync(response.Headers.Location!);

        Assert.NotNull(partial);
        Assert.Empty(bufferedMidway);
        Assert.Equal("succeeded", import.Status);
        var stored = Path.Combine(fixture.UploadsDirectory, Convert.ToHexStringLower(SHA256.HashData(csv)) + ".csv");
        Assert.True(File.Exists(stored));
        Assert.Empty(Directory.GetFiles(fixture.UploadsDirectory, "*.partial"));
        Assert.Empty(Buffered());
        Assert.Equal([stored], CopiesOf(csv.Length));
    }

    [Fact]
    public async Task A_raw_body_is_the_file_named_by_the_query()
    {
        using var content = new StringContent(AttendanceCsv.WithNames(100602, "Raw Body School", 15), Encoding.UTF8, "text/csv");

        var response = await Client.PostAsync("/api/imports?fileName=raw-autumn.csv&kind=attendance-summary", content);
        var import = await Client.WaitForOutcomeAsync(response.Headers.Location!);

        Assert.Equal(("raw-autumn.csv", "succeeded", 15), (import.FileName, import.Status, import.RowsLoaded));
    }

    [Fact]
    public async Task MartsRefreshedAt_is_null_until_the_refresh_after_the_import_and_then_a_time_after_it_finished()
    {
        var response = await Client.PostAsync("/api/imports", Exports.Form(AttendanceCsv.WithNames(100603, "Refresh School", 20), "refresh.csv"));
        var seen = new List<ImportStatusResponse>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (seen.LastOrDefault()?.MartsRefreshedAt is null && DateTime.UtcNow < deadline)
        {
            seen.Add((await Client.GetFromJsonAsync<ImportStatusResponse>(response.Headers.Location))!);
            await Task.Delay(50);
        }

        Assert.All(seen.Where(i => i.Status != "succeeded"), i => Assert.Null(i.MartsRefreshedAt));
        var shown = seen.Last();
        Assert.Equal("succeeded", shown.Status);
        Assert.NotNull(shown.MartsRefreshedAt);
        Assert.True(shown.MartsRefreshedAt >= shown.FinishedAt, $"{shown.MartsRefreshedAt:O} is before {shown.FinishedAt:O}");
    }

    [Fact]
    public async Task A_rejected_import_never_says_the_dashboard_shows_it()
    {
        var rejected = await Client.PostAndWaitAsync(Exports.Form("UPN,Possible sessions\n", "header-only.csv"));
        var later = await Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100604, "Later School", 10), "later.csv"));
        await WaitForAsync(async () => (await Client.GetFromJsonAsync<ImportStatusResponse>($"/api/imports/{later.Id}"))?.MartsRefreshedAt);

        var again = await Client.GetFromJsonAsync<ImportStatusResponse>($"/api/imports/{rejected.Id}");

        Assert.Equal(("rejected", null), (again!.Status, again.MartsRefreshedAt));
    }

    /// <summary>Every file in the host's data and temporary folders as long as the upload.</summary>
    private string[] CopiesOf(long length) =>
    [
        .. new[] { fixture.Host.DataDirectory, fixture.TempDirectory }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => new FileInfo(path).Length == length),
    ];

    private string[] Buffered() => Directory.GetFiles(fixture.TempDirectory, "ASPNETCORE_*");

    private static Task<T?> WaitForAsync<T>(Func<T?> probe) => WaitForAsync(() => Task.FromResult(probe()));

    private static async Task<T?> WaitForAsync<T>(Func<Task<T?>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
                return found;
            await Task.Delay(20);
        }
        return default;
    }
}
