using System.Security.Claims;
using BelongingInsights.Dashboard.Access;
using BelongingInsights.Dashboard.Sql;
using Microsoft.AspNetCore.Mvc;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// The evaluators' SQL routes (evaluators and administrators). <c>POST /api/sql</c> with <c>{ "sql": "..." }</c>: one
/// read-only query on the latest snapshot, answering its columns, rows, whether they were cut at the row limit and the
/// time taken; CSV with <c>Accept: text/csv</c>, a Parquet file with <c>Accept: application/vnd.apache.parquet</c>. A
/// refused or failed query is 400 with the reason. <c>POST /sql/result.parquet</c> takes the query as a form field
/// with an antiforgery token, so the SQL page's download is a plain form (the API takes no cookie for a POST). Saved queries, shared by link: <c>/api/sql/saved</c>.
/// </summary>
public static class SqlApi
{
    public const string ParquetMediaType = "application/vnd.apache.parquet";

    public sealed record SqlRequest(string? Sql);

    public sealed record SaveRequest(string? Title, string? Sql);

    public static void MapSqlApi(this IEndpointRouteBuilder routes)
    {
        var sql = routes.MapGroup("/api/sql").RequireAuthorization(AccessPolicies.SqlWorkbench);
        sql.MapPost("", RunAsync);
        sql.MapPost("/saved", SaveAsync);
        sql.MapGet("/saved", ListAsync);
        sql.MapGet("/saved/{id}", FindAsync);
        sql.MapDelete("/saved/{id}", DeleteAsync);
        routes.MapPost("/sql/result.parquet", ParquetFormAsync).RequireAuthorization(AccessPolicies.SqlWorkbench);
    }

    private static async Task<IResult> RunAsync(SqlRequest request, ClaimsPrincipal caller, HttpRequest http, SqlWorkbench workbench, CancellationToken cancellationToken)
    {
        if (Accepts(http, ParquetMediaType))
            return await ParquetAsync(request.Sql, caller, workbench, cancellationToken);
        var (result, refusal) = await workbench.RunAsync(caller, request.Sql, cancellationToken);
        if (result is null)
            return Refused(refusal);
        if (Accepts(http, "text/csv"))
            return Results.Text(SqlCsv.Write(result), "text/csv; charset=utf-8");
        return Results.Ok(new
        {
            columns = result.Columns.Select(c => new { name = c.Name, type = c.Type }),
            rows = result.Rows,
            truncated = result.Truncated,
            elapsedMs = result.ElapsedMs,
        });
    }

    private static Task<IResult> ParquetFormAsync([FromForm] string? sql, ClaimsPrincipal caller, SqlWorkbench workbench, CancellationToken cancellationToken) =>
        ParquetAsync(sql, caller, workbench, cancellationToken);

    private static async Task<IResult> ParquetAsync(string? sql, ClaimsPrincipal caller, SqlWorkbench workbench, CancellationToken cancellationToken)
    {
        var (parquet, refusal) = await workbench.ParquetAsync(caller, sql, cancellationToken);
        return parquet is null ? Refused(refusal) : Results.File(parquet, ParquetMediaType, "query.parquet");
    }

    private static async Task<IResult> SaveAsync(SaveRequest request, ClaimsPrincipal caller, SavedQueries saved, CancellationToken cancellationToken)
    {
        var (query, refusal) = await saved.SaveAsync(caller, request.Title, request.Sql, cancellationToken);
        return query is null
            ? Results.Problem(refusal, statusCode: StatusCodes.Status400BadRequest, title: "The query was not saved")
            : Results.Created($"/api/sql/saved/{query.Id}", Shown(query));
    }

    private static async Task<IResult> ListAsync(SavedQueries saved, CancellationToken cancellationToken) =>
        Results.Ok((await saved.ListAsync(cancellationToken)).Select(Shown));

    private static async Task<IResult> FindAsync(string id, SavedQueries saved, CancellationToken cancellationToken) =>
        await saved.FindAsync(id, cancellationToken) is { } query ? Results.Ok(Shown(query)) : Results.NotFound();

    private static async Task<IResult> DeleteAsync(string id, ClaimsPrincipal caller, SavedQueries saved, CancellationToken cancellationToken) =>
        await saved.DeleteAsync(caller, id, cancellationToken) ? Results.NoContent() : Results.NotFound();

    private static object Shown(SavedQuery query) => new
    {
        id = query.Id,
        title = query.Title,
        sql = query.Sql,
        savedBy = query.Owner,
        savedAt = query.SavedAt,
        link = SavedQueries.PagePath(query.Id),
    };

    private static bool Accepts(HttpRequest http, string mediaType) =>
        http.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));

    private static IResult Refused(string? refusal) =>
        Results.Problem(refusal, statusCode: StatusCodes.Status400BadRequest, title: "The query was not run");
}
