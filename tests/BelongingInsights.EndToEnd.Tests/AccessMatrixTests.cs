using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsHost;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// Every route the dashboard maps, asked by every kind of caller, with a sign-in cookie and with an API token: what it
/// answers. The table below is the whole expectation; a route added to the app without a row fails
/// <see cref="Every_route_the_app_maps_has_a_row_and_every_row_a_route"/>.
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed partial class AccessMatrixTests(TwoTrustsHost fixture)
{
    private const string Cookie = "cookie";
    private const string Token = "token";
    private const string NoCredentials = "none";

    /// <summary>
    /// The answer once the caller is let in (its status), or the caller turned away: <see cref="Denied"/> is signed in
    /// without the role (pages send a browser to <c>/access-denied</c>; the API and a token on a page answer 403),
    /// <see cref="SignIn"/> has no credentials (pages redirect to <c>/login</c>, the API answers 401).
    /// </summary>
    private sealed record Outcome(string Name, HttpStatusCode Status)
    {
        public override string ToString() => Name;
    }

    private static readonly Outcome Ok = new("200", HttpStatusCode.OK);
    private static readonly Outcome Created = new("201", HttpStatusCode.Created);
    private static readonly Outcome Accepted = new("202", HttpStatusCode.Accepted);
    private static readonly Outcome NoContent = new("204", HttpStatusCode.NoContent);
    private static readonly Outcome BadRequest = new("400", HttpStatusCode.BadRequest);
    private static readonly Outcome NotFound = new("404", HttpStatusCode.NotFound);
    private static readonly Outcome Denied = new("denied", HttpStatusCode.Forbidden);
    private static readonly Outcome SignIn = new("sign in", HttpStatusCode.Unauthorized);

    /// <summary>
    /// One request and what each caller gets. <c>Request</c> may fill a route's parameters with
    /// <c>{kestrel-import}</c> (the Kestrel trust's rejected upload), <c>{self}</c> (the caller's own user id),
    /// <c>{bystander}</c> (another user), <c>{bystander-token}</c> (a fresh token of theirs), <c>{latest-snapshot}</c>
    /// (the newest evaluators' snapshot) or <c>{random}</c> (nothing);
    /// <c>Route</c> is then the route as the app declares it. <c>Body</c>: an empty upload form or an empty JSON object,
    /// so an allowed call stops at validation and changes nothing.
    /// </summary>
    private sealed record Row(
        string Request, Outcome Administrator, Outcome ProgrammeLead, Outcome Evaluator, Outcome Kestrel, Outcome Cinderford, Outcome Nobody,
        string? Route = null, string? Body = null)
    {
        public string Method => Request.Split(' ', 2)[0];

        public string Path => Request.Split(' ', 2)[1];

        public string DeclaredRoute => Route ?? Request;

        public Outcome For(string caller) => caller switch
        {
            TwoTrustsHost.Administrator => Administrator,
            TwoTrustsHost.ProgrammeLead => ProgrammeLead,
            TwoTrustsHost.Evaluator => Evaluator,
            KestrelTrust => Kestrel,
            CinderfordSchool => Cinderford,
            _ => Nobody,
        };
    }

    private const string EmptyForm = "empty form";
    private const string EmptyJson = "empty JSON";

    private static readonly Row[] Matrix =
    [
        //  request                                        administrator  programme lead  evaluator  Kestrel trust  Cinderford school  nobody
        new("GET /",                                       Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /attendance",                             Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /groups",                                 Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /belonging",                              Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /leavers",                                Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /exits",                                  Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /audit",                                  Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /exclusions",                             Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /schools/140001",                         Ok,            Ok,             Ok,        Ok,            NotFound,          SignIn, Route: "GET /schools/{Urn:int}"),
        new("GET /schools/140003",                         Ok,            Ok,             Ok,        NotFound,      Ok,                SignIn, Route: "GET /schools/{Urn:int}"),
        new("GET /schools/999999",                         NotFound,      NotFound,       NotFound,  NotFound,      NotFound,          SignIn, Route: "GET /schools/{Urn:int}"),
        new("GET /schools/140001/evidence",                Ok,            Ok,             Ok,        Ok,            NotFound,          SignIn, Route: "GET /schools/{Urn:int}/evidence"),
        new("GET /schools/140003/evidence",                Ok,            Ok,             Ok,        NotFound,      Ok,                SignIn, Route: "GET /schools/{Urn:int}/evidence"),
        new("GET /schools/999999/evidence",                NotFound,      NotFound,       NotFound,  NotFound,      NotFound,          SignIn, Route: "GET /schools/{Urn:int}/evidence"),
        new("GET /dictionary",                             Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /sql",                                    Ok,            Denied,         Ok,        Denied,        Denied,            SignIn),
        new("GET /upload",                                 Ok,            Denied,         Denied,    Ok,            Ok,                SignIn),
        new("GET /imports",                                Ok,            Denied,         Denied,    Ok,            Ok,                SignIn),
        new("GET /coverage",                               Ok,            Denied,         Denied,    Ok,            Ok,                SignIn),
        new("GET /imports/{kestrel-import}",               Ok,            Denied,         Denied,    Ok,            Ok,                SignIn, Route: "GET /imports/{Id:guid}"),
        new("GET /audit-log",                              Ok,            Denied,         Denied,    Denied,        Denied,            SignIn),
        new("GET /users",                                  Ok,            Denied,         Denied,    Denied,        Denied,            SignIn),
        new("GET /access-denied",                          Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /not-found",                              Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /error",                                  Ok,            Ok,             Ok,        Ok,            Ok,                Ok),
        new("GET /login",                                  Ok,            Ok,             Ok,        Ok,            Ok,                Ok),
        new("POST /logout",                                BadRequest,    BadRequest,     BadRequest, BadRequest,   BadRequest,        SignIn),
        new("GET /hangfire",                               Ok,            Denied,         Denied,    Denied,        Denied,            SignIn),
        new("GET /hangfire/jobs/succeeded",                Ok,            Denied,         Denied,    Denied,        Denied,            SignIn, Route: "GET /hangfire"),
        new("GET /healthz",                                Ok,            Ok,             Ok,        Ok,            Ok,                Ok),
        new("GET /api/imports",                            Ok,            Denied,         Denied,    Ok,            Ok,                SignIn),
        new("GET /api/imports/{kestrel-import}",           Ok,            Denied,         Denied,    Ok,            NotFound,          SignIn, Route: "GET /api/imports/{id:guid}"),
        new("GET /api/imports/{kestrel-import}/problems",  Ok,            Denied,         Denied,    Ok,            NotFound,          SignIn, Route: "GET /api/imports/{id:guid}/problems"),
        new("DELETE /api/imports/{random}",                NotFound,      Denied,         Denied,    NotFound,      NotFound,          SignIn, Route: "DELETE /api/imports/{id:guid}"),
        new("GET /api/coverage",                           Ok,            Denied,         Denied,    Ok,            Ok,                SignIn),
        new("POST /api/imports/preview",                   Ok,            Denied,         Denied,    Ok,            Ok,                SignIn, Body: EmptyForm),
        new("GET /api-reference",                          Ok,            Ok,             Ok,        Ok,            Ok,                SignIn),
        new("GET /openapi/v1.json",                        Ok,            Ok,             Ok,        Ok,            Ok,                SignIn, Route: "GET /openapi/{documentName}.json"),
        new("POST /api/imports",                           BadRequest,    Denied,         Denied,    BadRequest,    BadRequest,        SignIn, Body: EmptyForm),
        new("POST /api/imports/{kestrel-import}/reprocess", Accepted,     Denied,         Denied,    Accepted,      NotFound,          SignIn, Route: "POST /api/imports/{id:guid}/reprocess"),
        new("GET /api/users",                              Ok,            Denied,         Denied,    Denied,        Denied,            SignIn),
        new("POST /api/users",                             BadRequest,    Denied,         Denied,    Denied,        Denied,            SignIn, Body: EmptyJson),
        new("DELETE /api/users/{random}",                  NotFound,      Denied,         Denied,    Denied,        Denied,            SignIn, Route: "DELETE /api/users/{id:guid}"),
        new("POST /api/users/{self}/tokens",               Created,       Created,        Created,   Created,       Created,           SignIn, Route: "POST /api/users/{id:guid}/tokens"),
        new("POST /api/users/{bystander}/tokens",          Created,       Denied,         Denied,    Denied,        Denied,            SignIn, Route: "POST /api/users/{id:guid}/tokens"),
        new("DELETE /api/tokens/{bystander-token}",        NoContent,     NotFound,       NotFound,  NotFound,      NotFound,          SignIn, Route: "DELETE /api/tokens/{id:guid}"),
        new("DELETE /api/tokens/{random}",                 NotFound,      NotFound,       NotFound,  NotFound,      NotFound,          SignIn, Route: "DELETE /api/tokens/{id:guid}"),
        new("GET /api/audit",                              Ok,            Denied,         Denied,    Denied,        Denied,            SignIn),
        new("POST /api/sql",                               BadRequest,    Denied,         BadRequest, Denied,       Denied,            SignIn, Body: EmptyJson),
        new("POST /api/sql/saved",                         BadRequest,    Denied,         BadRequest, Denied,       Denied,            SignIn, Body: EmptyJson),
        new("GET /api/sql/saved",                          Ok,            Denied,         Ok,        Denied,        Denied,            SignIn),
        new("GET /api/sql/saved/{random}",                 NotFound,      Denied,         NotFound,  Denied,        Denied,            SignIn, Route: "GET /api/sql/saved/{id}"),
        new("DELETE /api/sql/saved/{random}",              NotFound,      Denied,         NotFound,  Denied,        Denied,            SignIn, Route: "DELETE /api/sql/saved/{id}"),
        new("POST /sql/result.parquet",                    BadRequest,    Denied,         BadRequest, Denied,       Denied,            SignIn, Body: EmptyForm),
        new("GET /api/backups",                            Ok,            Denied,         Denied,    Denied,        Denied,            SignIn),
        new("POST /api/backups",                           Created,       Denied,         Denied,    Denied,        Denied,            SignIn),
        new("GET /api/snapshots",                          Ok,            Denied,         Ok,        Denied,        Denied,            SignIn),
        new("POST /api/snapshots",                         Created,       Denied,         Created,   Denied,        Denied,            SignIn),
        new("GET /api/snapshots/{latest-snapshot}/warehouse.duckdb", Ok,  Denied,         Ok,        Denied,        Denied,            SignIn, Route: "GET /api/snapshots/{name}/warehouse.duckdb"),
        new("GET /api/snapshots/{latest-snapshot}/dictionary.csv", Ok,    Denied,         Ok,        Denied,        Denied,            SignIn, Route: "GET /api/snapshots/{name}/dictionary.csv"),
        new("GET /api/snapshots/{latest-snapshot}/parquet.zip", Ok,       Denied,         Ok,        Denied,        Denied,            SignIn, Route: "GET /api/snapshots/{name}/parquet.zip"),
        new("GET /api/snapshots/{random}/warehouse.duckdb", NotFound,     Denied,         NotFound,  Denied,        Denied,            SignIn, Route: "GET /api/snapshots/{name}/warehouse.duckdb"),
        new("GET /api/charts/attendance-by-term.csv",      Ok,            Ok,             Ok,        Ok,            Ok,                SignIn, Route: "GET /api/charts/{name}.csv"),
        new("GET /api/charts/no-such-chart.csv",           NotFound,      NotFound,       NotFound,  NotFound,      NotFound,          SignIn, Route: "GET /api/charts/{name}.csv"),
        new("GET /no-such-page",                           NotFound,      NotFound,       NotFound,  NotFound,      NotFound,          SignIn, Route: Unmapped),
        new("GET /api/no-such-route",                      NotFound,      NotFound,       NotFound,  NotFound,      NotFound,          SignIn, Route: Unmapped),
        new("POST /_blazor/negotiate?negotiateVersion=1",  Ok,            Ok,             Ok,        Ok,            Ok,                SignIn, Route: Framework),
        new("GET /_framework/blazor.web.js",               Ok,            Ok,             Ok,        Ok,            Ok,                Ok,     Route: Framework),
    ];

    /// <summary>The route of a row asking for something the app does not map.</summary>
    private const string Unmapped = "unmapped";

    /// <summary>
    /// The route of a row asking for what ASP.NET maps itself: Blazor's circuit hub (an interactive page's circuit could
    /// otherwise render a page for a caller the page's own address turns away) and its script (the sign-in page needs it).
    /// </summary>
    private const string Framework = "mapped by the framework";

    private static readonly string[] Roles = [TwoTrustsHost.Administrator, TwoTrustsHost.ProgrammeLead, TwoTrustsHost.Evaluator, KestrelTrust, CinderfordSchool];

    public static TheoryData<string, string, string> Cells()
    {
        var cells = new TheoryData<string, string, string>();
        foreach (var row in Matrix)
        {
            foreach (var role in Roles)
            {
                cells.Add(row.Request, role, Cookie);
                cells.Add(row.Request, role, Token);
            }
            cells.Add(row.Request, Nobody, NoCredentials);
        }
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_caller_gets_what_the_matrix_says(string request, string caller, string credential)
    {
        var row = Matrix.Single(r => r.Request == request);
        var who = fixture.Callers[caller];
        using var message = new HttpRequestMessage(new HttpMethod(row.Method), await FillAsync(row.Path, who)) { Content = Body(row.Body) };

        var response = await (credential == Token ? who.Bearer : who.Cookie).SendAsync(message);

        var (status, redirect) = Expected(row, row.For(caller), credential);
        Assert.True(status == response.StatusCode, $"{request} by {caller} with {credential}: expected {(int)status}, got {(int)response.StatusCode} {response.Headers.Location}");
        if (redirect is not null)
            Assert.Equal(redirect, new Uri(fixture.Host.BaseAddress, response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public void Every_route_the_app_maps_has_a_row_and_every_row_a_route()
    {
        var mapped = MappedRoutes();
        var rows = Matrix.Select(r => r.DeclaredRoute).Where(r => r is not (Unmapped or Framework)).ToHashSet();

        Assert.True(mapped.SetEquals(rows),
            $"Routes without a row in the matrix: {string.Join(", ", mapped.Except(rows))}. Rows whose route the app no longer maps: {string.Join(", ", rows.Except(mapped))}.");
    }

    /// <summary>
    /// How a caller is answered: a redirect from a page, a status from the API. A cookie never carries a state change
    /// through the API (another origin's page could send it): an API call other than GET with a cookie is taken as one
    /// without credentials, 401, whatever the role.
    /// </summary>
    private static (HttpStatusCode Status, string? RedirectTo) Expected(Row row, Outcome outcome, string credential)
    {
        var api = row.Path.StartsWith("/api/", StringComparison.Ordinal);
        if (outcome == SignIn || (api && row.Method != "GET" && credential == Cookie))
            return api ? (HttpStatusCode.Unauthorized, null) : (HttpStatusCode.Redirect, "/login");
        if (outcome == Denied)
            return api || credential == Token ? (HttpStatusCode.Forbidden, null) : (HttpStatusCode.Redirect, "/access-denied");
        return (outcome.Status, null);
    }

    private async Task<string> FillAsync(string path, Caller caller)
    {
        if (path.Contains("{bystander-token}", StringComparison.Ordinal))
            path = path.Replace("{bystander-token}", (await fixture.Host.CreateTokenAsync(fixture.Bystander)).Id.ToString(), StringComparison.Ordinal);
        if (path.Contains("{latest-snapshot}", StringComparison.Ordinal))
            path = path.Replace("{latest-snapshot}", (await fixture.Host.Client.GetFromJsonAsync<List<ListedSnapshot>>("/api/snapshots"))![0].Name, StringComparison.Ordinal);
        return path
            .Replace("{kestrel-import}", fixture.KestrelImport.ToString(), StringComparison.Ordinal)
            .Replace("{self}", (caller.Id ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal)
            .Replace("{bystander}", fixture.Bystander.ToString(), StringComparison.Ordinal)
            .Replace("{random}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
    }

    private sealed record ListedSnapshot(string Name);

    private static HttpContent? Body(string? body) => body switch
    {
        EmptyForm => new MultipartFormDataContent { { new StringContent("attendance-summary"), "kind" } },
        EmptyJson => JsonContent.Create(new { }),
        _ => null,
    };

    /// <summary>
    /// The routes as the source declares them: each Razor page's <c>@page</c>, and each endpoint mapped in C# (with its
    /// group's prefix). A kind of <c>Map...</c> call this cannot read fails, so no route slips past the matrix.
    /// </summary>
    private static HashSet<string> MappedRoutes()
    {
        var dashboard = Path.Combine(RepositoryPaths.Root, "dashboard");
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles(dashboard, "*.razor"))
        {
            foreach (Match page in PageDirective().Matches(File.ReadAllText(file)))
                routes.Add($"GET {page.Groups[1].Value}");
        }
        // /login/sso (SingleSignOn.cs) exists only when a provider is configured, which this host is not:
        // SingleSignOnTests drives it, and the callback, against a real provider.
        foreach (var file in SourceFiles(dashboard, "*.cs").Where(f => Path.GetFileName(f) != "SingleSignOn.cs"))
        {
            var code = File.ReadAllText(file);
            var groups = MapGroup().Matches(code).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            foreach (Match call in MapCall().Matches(code))
            {
                var (receiver, kind, template) = (call.Groups[1].Value, call.Groups[2].Value, call.Groups[3].Value);
                switch (kind)
                {
                    case "Get" or "Post" or "Put" or "Delete" or "Patch":
                        var prefix = groups.GetValueOrDefault(receiver, "");
                        routes.Add($"{kind.ToUpperInvariant()} {prefix}{(prefix.Length > 0 && template == "/" ? "" : template)}");
                        break;
                    case "HangfireDashboard" or "HealthChecks":
                        routes.Add($"GET {template}");
                        break;
                    case "OpenApi":
                        routes.Add("GET /openapi/{documentName}.json");
                        break;
                    case "ComponentHealth":
                        // Health/HealthEndpoint.cs maps it with MapHealthChecks, read above.
                        break;
                    case "Group" or "StaticAssets" or "RazorComponents":
                        break;
                    case var own when own.EndsWith("Api", StringComparison.Ordinal):
                        break;
                    case "SingleSignOn":
                        break;
                    default:
                        Assert.Fail($"{Path.GetFileName(file)} maps routes with Map{kind}, which {nameof(MappedRoutes)} cannot read: teach it, and add the routes to the matrix.");
                        break;
                }
            }
        }
        return routes;
    }

    private static IEnumerable<string> SourceFiles(string directory, string pattern) =>
        Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex("^@page\\s+\"([^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex PageDirective();

    [GeneratedRegex("""(\w+)\s*=\s*\w+\.MapGroup\("([^"]*)"\)""")]
    private static partial Regex MapGroup();

    [GeneratedRegex("""(\w+)\.Map(\w+)(?:<[^>]*>)?\((?:"([^"]*)")?""")]
    private static partial Regex MapCall();
}
