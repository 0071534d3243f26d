using BelongingInsights.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BelongingInsights.TestSupport;

/// <summary>A warehouse on <c>DataDirectory</c>, built and migrated the way the app builds it, for tests and the benchmark.</summary>
public static class WarehouseHost
{
    /// <summary>
    /// Builds the host from <paramref name="settings"/> (configuration keys), then <paramref name="configure"/>
    /// runs after the warehouse's own services are added, so what it registers (a clock, logging) wins.
    /// </summary>
    public static IHost Start(IEnumerable<(string Key, string Value)> settings, Action<HostApplicationBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        foreach (var (key, value) in settings)
            builder.Configuration[key] = value;
        builder.AddWarehouse();
        configure(builder);
        var host = builder.Build();
        host.Services.GetRequiredService<WarehouseMigrator>().Migrate();
        return host;
    }
}
