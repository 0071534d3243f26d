using System.Net.Http.Json;

namespace BelongingInsights.EndToEnd.Tests;

internal static class ImportsClient
{
    private static readonly string[] Finished = ["succeeded", "rejected", "failed"];

    /// <summary>The import once final, within <paramref name="within"/> (60 s unless told).</summary>
    public static async Task<ImportStatusResponse> WaitForOutcomeAsync(this HttpClient client, Uri location, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(60);
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var import = await client.GetFromJsonAsync<ImportStatusResponse>(location)
                ?? throw new InvalidOperationException($"{location} returned nothing.");
            if (Finished.Contains(import.Status))
                return import;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Import {import.Id} was still {import.Status} after {limit.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }

    public static async Task<ImportStatusResponse> PostAndWaitAsync(this HttpClient client, MultipartFormDataContent form)
    {
        var response = await client.PostAsync("/api/imports", form);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return await client.WaitForOutcomeAsync(response.Headers.Location!);
    }

    /// <summary>Waits until the marts have been refreshed after the import, so the dashboard shows it.</summary>
    public static async Task WaitForMartsAsync(this HttpClient client, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await client.GetFromJsonAsync<ImportStatusResponse>($"/api/imports/{id}"))!.MartsRefreshedAt is null)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The marts were not refreshed within 60 s of import {id}.");
            await Task.Delay(200);
        }
    }

    /// <summary>Posts each file as an upload, one after another, and asserts each one succeeded.</summary>
    public static async Task ImportAllAsync(this HttpClient client, params (string Csv, string File)[] files)
    {
        foreach (var (csv, file) in files)
        {
            var import = await client.PostAndWaitAsync(Exports.Form(csv, file));
            Assert.True(import.Status == "succeeded", $"{file}: {import.Status}, {import.Message}");
        }
    }
}
