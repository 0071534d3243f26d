namespace BelongingInsights.EndToEnd.Tests;

/// <summary>A dashboard host whose ASP.NET temporary folder (<c>ASPNETCORE_TEMP</c>) the tests can watch for buffered uploads.</summary>
public sealed class ReceiveHostFixture : IAsyncLifetime
{
    public DashboardHost Host { get; private set; } = null!;

    public string TempDirectory { get; } = Directory.CreateTempSubdirectory("bi-aspnet-temp-").FullName;

    public string UploadsDirectory => Path.Combine(Host.DataDirectory, "uploads");

    public async ValueTask InitializeAsync() =>
        Host = await DashboardHost.StartAsync(null, settings: new Dictionary<string, string> { ["ASPNETCORE_TEMP"] = TempDirectory });

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(TempDirectory, recursive: true);
    }
}
