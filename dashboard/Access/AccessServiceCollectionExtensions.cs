namespace BelongingInsights.Dashboard.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CallerScope"/>, one per circuit or request, as the signed-in user is.</summary>
    public static IServiceCollection AddCallerScope(this IServiceCollection services) =>
        services.AddScoped<CallerScope>();
}
