using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BelongingInsights.Dashboard.Health;

/// <summary>
/// <c>/healthz</c>: the warehouse, the job storage, the disk and the marts, each with its status and a description, as
/// JSON. It answers 200 when healthy or degraded (PostgreSQL away, disk nearly full, the last mart refresh stopped) and
/// 503 only when the warehouse is down.
/// </summary>
public static class HealthEndpoint
{
    public static IHealthChecksBuilder AddComponentHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<WarehouseHealthCheck>("warehouse")
            .AddCheck<JobStorageHealthCheck>("jobStorage")
            .AddCheck<DiskHealthCheck>("disk")
            .AddCheck<MartsHealthCheck>("marts");

    public static IEndpointConventionBuilder MapComponentHealth(this IEndpointRouteBuilder routes) =>
        routes.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = Name(report.Status),
            components = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = Name(entry.Value.Status), description = entry.Value.Description, data = entry.Value.Data }),
        }, cancellationToken: context.RequestAborted);
    }

    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();
}
