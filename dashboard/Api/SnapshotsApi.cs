using System.IO.Compression;
using System.Security.Claims;
using BelongingInsights.Dashboard.Access;
using BelongingInsights.Dashboard.Sql;
using BelongingInsights.Warehouse.Snapshots;
using Microsoft.AspNetCore.Http.Features;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// The evaluators' snapshots (evaluators and administrators): <c>GET /api/snapshots</c> lists them newest first with
/// their sizes and download links; <c>POST /api/snapshots</c> publishes one now and answers it (201), waiting while
/// another is being published; <c>GET /api/snapshots/{name}/warehouse.duckdb</c>, <c>.../dictionary.csv</c> and
/// <c>.../parquet.zip</c> download its DuckDB file, its data dictionary and its Parquet folder.
/// </summary>
public static class SnapshotsApi
{
    public static void MapSnapshotsApi(this IEndpointRouteBuilder routes)
    {
        var snapshots = routes.MapGroup("/api/snapshots").RequireAuthorization(AccessPolicies.SqlWorkbench);
        snapshots.MapGet("/", (EvaluatorSnapshots shelf) => shelf.All().Select(Described));
        snapshots.MapPost("/", PublishAsync);
        snapshots.MapGet("/{name}/warehouse.duckdb", (string name, ClaimsPrincipal caller, EvaluatorSnapshots shelf) =>
            DownloadAsync(name, EvaluatorSnapshots.DatabaseDownload, caller, shelf, snapshot =>
                Results.File(snapshot.DatabaseFile, "application/octet-stream", $"belonging-insights-{snapshot.Name}.duckdb", enableRangeProcessing: true)));
        snapshots.MapGet("/{name}/dictionary.csv", (string name, ClaimsPrincipal caller, EvaluatorSnapshots shelf) =>
            DownloadAsync(name, EvaluatorSnapshots.DictionaryDownload, caller, shelf, snapshot =>
                Results.File(snapshot.DictionaryFile, "text/csv; charset=utf-8", $"belonging-insights-{snapshot.Name}-dictionary.csv")));
        snapshots.MapGet("/{name}/parquet.zip", (string name, ClaimsPrincipal caller, EvaluatorSnapshots shelf, HttpContext http) =>
            DownloadAsync(name, EvaluatorSnapshots.ParquetDownload, caller, shelf, snapshot =>
                Results.Stream(body => Zip(snapshot.ParquetFolder, body, http), "application/zip", $"belonging-insights-{snapshot.Name}-parquet.zip")));
    }

    /// <summary>
    /// The folder as a zip written straight to the response, which cannot seek: the zip writer's headers and
    /// descriptors are written synchronously, so this one response allows it. Parquet is compressed already, so the
    /// zip only stores the files.
    /// </summary>
    private static Task Zip(string folder, Stream body, HttpContext http)
    {
        http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        ZipFile.CreateFromDirectory(folder, body, CompressionLevel.NoCompression, includeBaseDirectory: false);
        return Task.CompletedTask;
    }

    private static async Task<IResult> PublishAsync(ClaimsPrincipal caller, EvaluatorSnapshots shelf, CancellationToken cancellationToken)
    {
        var snapshot = await shelf.PublishAsync(caller, cancellationToken);
        return Results.Created($"/api/snapshots/{snapshot.Name}/{EvaluatorSnapshots.DatabaseDownload}", Described(snapshot));
    }

    private static async Task<IResult> DownloadAsync(string name, string file, ClaimsPrincipal caller, EvaluatorSnapshots shelf, Func<Snapshot, IResult> download)
    {
        if (shelf.Find(name) is not { } snapshot)
            return Results.NotFound();
        await shelf.RecordDownloadAsync(caller, snapshot, file);
        return download(snapshot);
    }

    private static object Described(Snapshot snapshot) => new
    {
        name = snapshot.Name,
        publishedAt = snapshot.PublishedAt,
        sizeBytes = snapshot.SizeBytes,
        downloads = new
        {
            database = EvaluatorSnapshots.DownloadPath(snapshot, EvaluatorSnapshots.DatabaseDownload),
            dictionary = EvaluatorSnapshots.DownloadPath(snapshot, EvaluatorSnapshots.DictionaryDownload),
            parquet = EvaluatorSnapshots.DownloadPath(snapshot, EvaluatorSnapshots.ParquetDownload),
        },
    };
}
