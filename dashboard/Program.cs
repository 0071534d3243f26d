using BelongingInsights.Dashboard.Access;
using BelongingInsights.Dashboard.Api;
using BelongingInsights.Dashboard.Components;
using BelongingInsights.Jobs;
using BelongingInsights.Warehouse;
using Hangfire;
using Microsoft.AspNetCore.Http.Features;

var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse();
builder.AddJobs();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCallerScope();
builder.Services.AddHealthChecks();
builder.Services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = UploadLimits.MaxFileBytes);
builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = UploadLimits.MaxFileBytes);

var app = builder.Build();
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
