using BelongingInsights.Dashboard.Access;
using BelongingInsights.Dashboard.Api;
using BelongingInsights.Dashboard.Components;
using BelongingInsights.Dashboard.Security;
using BelongingInsights.Dashboard.Sql;
using BelongingInsights.Jobs;
using BelongingInsights.Warehouse;
using Hangfire;

var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse();
builder.AddJobs();
builder.AddAccess();
builder.Services.AddSingleton<SqlWorkbench>();
builder.Services.AddSingleton<EvaluatorSnapshots>();
builder.AddSingleSignOn();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddHealthChecks();
builder.AddHostHardening();

var app = builder.Build();
app.UseHostHardening();
await app.Services.PrepareWarehouseAsync(app.Lifetime.ApplicationStopping);
await app.Services.PrepareAccessAsync(app.Lifetime.ApplicationStopping);

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseAccess();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapImportsApi();
app.MapUsersApi();
app.MapTokensApi();
app.MapAuditApi();
app.MapSqlApi();
app.MapSnapshotsApi();
app.MapChartsApi();
app.MapSingleSignOn();
app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new HangfireAdministrators()] })
    .RequireAuthorization(AccessPolicies.Administrator);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
