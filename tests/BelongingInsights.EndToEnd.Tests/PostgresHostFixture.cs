namespace BelongingInsights.EndToEnd.Tests;

/// <summary>One dashboard host on a PostgreSQL-backed Hangfire, shared by the tests of a class.</summary>
public sealed class PostgresHostFixture(PostgresServer postgres) : IAsyncLifetime
{
    public DashboardHost Host { get; private set; } = null!;

    public string HangfireConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        HangfireConnectionString = await postgres.CreateDatabaseAsync();
        Host = await DashboardHost.StartAsync(HangfireConnectionString);
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
