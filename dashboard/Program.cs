using BelongingInsights.Dashboard.Access;
using BelongingInsights.Dashboard.Api;
using BelongingInsights.Dashboard.Components;
using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Dashboard.Components.Pages;
using BelongingInsights.Dashboard.Health;
using BelongingInsights.Dashboard.Security;
using BelongingInsights.Dashboard.Sql;
using BelongingInsights.Jobs;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Imports;
using Hangfire;

var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse();
builder.AddJobs();
builder.AddAccess();
builder.Services.AddSingleton<SqlWorkbench>();
builder.Services.AddSingleton<SavedQueries>();
builder.Services.AddSingleton<EvaluatorSnapshots>();
builder.AddSingleSignOn();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddComponentHealthChecks();
builder.Services.AddOpenApi();
builder.AddHostHardening();

var app = builder.Build();
app.UseHostHardening();
// Large request bodies are buffered in the data directory, owner-only, where a restart deletes what a killed process left.
Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", app.Services.GetRequiredService<UploadLeftovers>().RequestBufferFolder());
await app.Services.PrepareWarehouseAsync(app.Lifetime.ApplicationStopping);
await app.Services.PrepareAccessAsync(app.Lifetime.ApplicationStopping);

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseNotFoundPageAndRouting();
app.UseAccess();
app.UseAntiforgery();
app.UseLongCacheForPlotly();
app.MapStaticAssets().AllowAnonymous();
app.MapImportsApi();
app.MapCoverageApi();
app.MapUsersApi();
app.MapTokensApi();
app.MapAuditApi();
app.MapSqlApi();
app.MapSnapshotsApi();
app.MapBackupsApi();
app.MapChartsApi();
app.MapSingleSignOn();
app.MapComponentHealth().AllowAnonymous();
// Any signed-in user (the Reader fallback policy): the document names routes, not data, and each route keeps its own policy.
app.MapOpenApi().RequireAuthorization(AccessPolicies.Reader);
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new HangfireAdministrators()] })
    .RequireAuthorization(AccessPolicies.Administrator);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
