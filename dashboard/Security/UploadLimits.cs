using System.Globalization;
using BelongingInsights.Warehouse.Imports;
using Microsoft.AspNetCore.Http.Features;

namespace BelongingInsights.Dashboard.Security;

/// <summary>
/// The largest upload, <c>Imports:MaxUploadMegabytes</c>, applied to Kestrel and to forms; an API request that says it
/// is larger is answered <c>413</c> with a plain problem before any of it is read. Kestrel reads a request into blocks of
/// 4 KB; by default it first waits for data before taking each block, a second system call per block; it takes the
/// block at once instead, at the price of one block held by each idle connection (docs/performance.md, "Latest run").
/// </summary>
public static class UploadLimits
{
    /// <summary>Room for a multipart form's boundaries, headers and small fields around the file itself.</summary>
    private const long FormAllowance = 1024 * 1024;

    public static void AddUploadLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(ImportsOptions.Section).Get<ImportsOptions>() ?? new ImportsOptions();
        builder.Services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = limits.MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = limits.MaxUploadBytes + FormAllowance);
        builder.WebHost.UseSockets(options => options.WaitForDataBeforeAllocatingBuffer = false);
    }

    public static void UseUploadLimits(this WebApplication app)
    {
        var limits = app.Configuration.GetSection(ImportsOptions.Section).Get<ImportsOptions>() ?? new ImportsOptions();
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength is { } length && length > limits.MaxUploadBytes + FormAllowance
                && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await Results.Problem(TooLarge(length, limits.MaxUploadMegabytes) + " (Imports:MaxUploadMegabytes).",
                    statusCode: StatusCodes.Status413PayloadTooLarge, title: "The upload was not accepted").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
    }

    /// <summary>The file's size against the limit, in megabytes, the size rounded up so a file just over the limit never reads as equal to it.</summary>
    public static string TooLarge(long bytes, int limitMegabytes) =>
        string.Create(CultureInfo.InvariantCulture, $"The file is {(bytes + 1024 * 1024 - 1) / (1024 * 1024)} MB; the limit is {limitMegabytes} MB");
}
