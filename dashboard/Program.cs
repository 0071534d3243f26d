using BelongingInsights.Dashboard.Api;
using BelongingInsights.Dashboard.Components;
using BelongingInsights.Dashboard.Security;
using BelongingInsights.Jobs;
using BelongingInsights.Warehouse;
using Hangfire;

var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse();
builder.AddJobs();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddHealthChecks();
builder.AddHostHardening();

var app = builder.Build();
app.UseHostHardening();
await app.Services.PrepareWarehouseAsync(app.Lifetime.ApplicationStopping);

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseAntiforgery();
app.MapStaticAssets();
app.MapImportsApi();
app.MapHealthChecks("/healthz");
app.MapHangfireDashboard("/hangfire");
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
