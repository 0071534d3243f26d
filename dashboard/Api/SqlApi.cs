using System.Security.Claims;
using BelongingInsights.Dashboard.Access;
using BelongingInsights.Dashboard.Sql;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// <c>POST /api/sql</c> with <c>{ "sql": "..." }</c>: one read-only query on the latest snapshot (evaluators and
/// administrators). Answers the columns, rows, whether they were cut at the row limit and the time taken, or CSV with
/// <c>Accept: text/csv</c>; a refused or failed query is 400 with the reason.
/// </summary>
public static class SqlApi
{
    public sealed record SqlRequest(string? Sql);

    public static void MapSqlApi(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/sql", RunAsync).RequireAuthorization(AccessPolicies.SqlWorkbench);

    private static async Task<IResult> RunAsync(SqlRequest request, ClaimsPrincipal caller, HttpRequest http, SqlWorkbench workbench, CancellationToken cancellationToken)
    {
        var (result, refusal) = await workbench.RunAsync(caller, request.Sql, cancellationToken);
        if (result is null)
            return Results.Problem(refusal, statusCode: StatusCodes.Status400BadRequest, title: "The query was not run");
        if (http.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)))
            return Results.Text(SqlCsv.Write(result), "text/csv; charset=utf-8");
        return Results.Ok(new
        {
            columns = result.Columns.Select(c => new { name = c.Name, type = c.Type }),
            rows = result.Rows,
            truncated = result.Truncated,
            elapsedMs = result.ElapsedMs,
        });
    }
}
