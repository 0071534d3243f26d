using System.Net;
using System.Net.Http.Json;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>Sign-in, roles, API tokens and the audit log, on a host whose users live in PostgreSQL.</summary>
public sealed class AccessTests(PostgresHostFixture fixture) : IClassFixture<PostgresHostFixture>
{
    private static readonly string SomeId = Guid.NewGuid().ToString();

    private DashboardHost Host => fixture.Host;

    public static TheoryData<string, string> ApiRoutes => new()
    {
        { "GET", "/api/imports" },
        { "GET", $"/api/imports/{SomeId}" },
        { "POST", "/api/imports" },
        { "POST", $"/api/imports/{SomeId}/reprocess" },
        { "GET", "/api/users" },
        { "POST", "/api/users" },
        { "DELETE", $"/api/users/{SomeId}" },
        { "POST", $"/api/users/{SomeId}/tokens" },
        { "DELETE", $"/api/tokens/{SomeId}" },
        { "GET", "/api/audit" },
        { "POST", "/api/sql" },
        { "GET", "/api/no-such-route" },
    };

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task Every_api_route_answers_401_without_credentials_and_never_redirects(string method, string path)
    {
        using var client = Host.AnonymousClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/belonging")]
    [InlineData("/upload")]
    [InlineData("/imports")]
    [InlineData("/dictionary")]
    [InlineData("/audit-log")]
    [InlineData("/users")]
    [InlineData("/hangfire")]
    public async Task Every_page_sends_a_caller_without_credentials_to_the_sign_in_page(string path)
    {
        using var client = Host.AnonymousClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/login")]
    [InlineData("/app.css")]
    public async Task The_health_check_the_sign_in_page_and_static_files_answer_without_credentials(string path)
    {
        using var client = Host.AnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_registers_lists_and_deletes_users_and_a_deleted_users_token_stops_working()
    {
        var user = await Host.CreateUserAsync("school", schools: [100301]);
        var token = await Host.CreateTokenAsync(user.Id);
        using var asUser = Host.ClientWithToken(token.Token);
        Assert.Equal(HttpStatusCode.OK, (await asUser.GetAsync("/api/imports")).StatusCode);

        var listed = await Host.Client.GetFromJsonAsync<List<ListedUser>>("/api/users");
        var entry = Assert.Single(listed!, u => u.Id == user.Id);
        Assert.Equal((user.Email, "school"), (entry.Email, entry.Role));
        Assert.Equal([100301], entry.Schools);

        Assert.Equal(HttpStatusCode.NoContent, (await Host.Client.DeleteAsync($"/api/users/{user.Id}")).StatusCode);
        Assert.DoesNotContain((await Host.Client.GetFromJsonAsync<List<ListedUser>>("/api/users"))!, u => u.Id == user.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asUser.GetAsync("/api/imports")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.DeleteAsync($"/api/users/{user.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("auditor", new string[0], new int[0], HttpStatusCode.BadRequest)]
    [InlineData("trust", new string[0], new int[0], HttpStatusCode.BadRequest)]
    [InlineData("school", new[] { "Some Trust" }, new int[0], HttpStatusCode.BadRequest)]
    [InlineData("trust", new[] { "Some Trust" }, new int[0], HttpStatusCode.Created)]
    [InlineData("evaluator", new string[0], new int[0], HttpStatusCode.Created)]
    public async Task A_new_user_needs_a_known_role_and_the_trusts_or_schools_it_takes(string role, string[] trusts, int[] schools, HttpStatusCode expected)
    {
        var response = await Host.Client.PostAsJsonAsync("/api/users", new { email = $"{Guid.NewGuid():N}@example.test", name = "New", role, trusts, schools });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_email_already_registered_in_any_case_is_refused_with_409()
    {
        var user = await Host.CreateUserAsync("programme-lead");

        var response = await Host.Client.PostAsJsonAsync("/api/users", new { email = user.Email.ToUpperInvariant(), name = "Again", role = "evaluator" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_user_may_make_a_token_for_themself_only_and_a_revoked_token_fails_on_the_next_request()
    {
        var user = await Host.CreateUserAsync("trust", trusts: ["North Trust"]);
        var other = await Host.CreateUserAsync("evaluator");
        var first = await Host.CreateTokenAsync(user.Id);
        using var asUser = Host.ClientWithToken(first.Token);

        Assert.Equal(HttpStatusCode.Forbidden, (await asUser.PostAsync($"/api/users/{other.Id}/tokens", null)).StatusCode);
        var own = await asUser.PostAsync($"/api/users/{user.Id}/tokens", null);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var second = (await own.Content.ReadFromJsonAsync<AccessClient.CreatedToken>())!;
        using var withSecond = Host.ClientWithToken(second.Token);
        Assert.Equal(HttpStatusCode.OK, (await withSecond.GetAsync("/api/imports")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await asUser.DeleteAsync($"/api/tokens/{second.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withSecond.GetAsync("/api/imports")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await asUser.GetAsync("/api/imports")).StatusCode);
    }

    [Theory]
    [InlineData("programme-lead", "GET", "/api/imports", HttpStatusCode.Forbidden)]
    [InlineData("evaluator", "POST", "/api/imports", HttpStatusCode.Forbidden)]
    [InlineData("school", "GET", "/api/users", HttpStatusCode.Forbidden)]
    [InlineData("trust", "GET", "/api/audit", HttpStatusCode.Forbidden)]
    [InlineData("school", "GET", "/hangfire", HttpStatusCode.Forbidden)]
    [InlineData("administrator", "GET", "/hangfire", HttpStatusCode.OK)]
    [InlineData("administrator", "GET", "/api/audit", HttpStatusCode.OK)]
    public async Task Each_role_reaches_only_what_its_policy_allows(string role, string method, string path, HttpStatusCode expected)
    {
        var user = await Host.CreateUserAsync(role, trusts: role == "trust" ? ["North Trust"] : null, schools: role == "school" ? [100302] : null);
        using var client = Host.ClientWithToken((await Host.CreateTokenAsync(user.Id)).Token);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_browser_cookie_reads_the_api_but_cannot_change_anything_through_it()
    {
        var signIn = await Host.SignInAsync(Host.AdminEmail, Host.AdminPassword);
        Assert.True(signIn.Succeeded, $"Signing in failed: {signIn.Response.StatusCode}");

        Assert.Equal(HttpStatusCode.OK, (await signIn.Client.GetAsync("/api/users")).StatusCode);
        var post = await signIn.Client.PostAsJsonAsync("/api/users", new { email = "cookie@example.test", name = "Cookie", role = "evaluator" });
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signIn.Client.GetAsync("/imports")).StatusCode);
    }

    [Fact]
    public async Task A_page_for_administrators_sends_another_role_to_a_no_access_page()
    {
        var user = await Host.CreateUserAsync("evaluator");
        var signIn = await Host.SignInAsync(user.Email, user.Password);
        Assert.True(signIn.Succeeded);

        var users = await signIn.Client.GetAsync("/users");

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Equal("/access-denied", new Uri(Host.BaseAddress, users.Headers.Location!).AbsolutePath);
        Assert.Contains("You do not have access to this page.", await signIn.Client.GetStringAsync("/access-denied"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await signIn.Client.GetAsync("/dictionary")).StatusCode);
    }

    [Fact]
    public async Task After_repeated_failures_the_account_refuses_even_the_right_password()
    {
        var user = await Host.CreateUserAsync("evaluator");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await Host.SignInAsync(user.Email, "not the password");
            Assert.False(wrong.Succeeded);
            Assert.Contains("do not match an account, or the account is locked for 15 minutes", await wrong.Response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var right = await Host.SignInAsync(user.Email, user.Password);

        Assert.False(right.Succeeded);
        Assert.Contains("do not match an account", await right.Response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_records_sign_ins_failures_uploads_and_token_changes_but_never_a_password()
    {
        var user = await Host.CreateUserAsync("school", schools: [100303]);
        Assert.True((await Host.SignInAsync(user.Email, user.Password)).Succeeded);
        Assert.False((await Host.SignInAsync(user.Email, "a wrong password")).Succeeded);
        var token = await Host.CreateTokenAsync(user.Id);
        using var asUser = Host.ClientWithToken(token.Token);
        var upload = await asUser.PostAsync("/api/imports", Exports.Form(AttendanceCsv.WithNames(100303, "Audited School", 5), "audited.csv"));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var importId = (await upload.Content.ReadFromJsonAsync<ImportStatusResponse>())!.Id;
        Assert.Equal(HttpStatusCode.NoContent, (await asUser.DeleteAsync($"/api/tokens/{token.Id}")).StatusCode);

        var entries = (await Host.Client.GetFromJsonAsync<List<AuditEntryResponse>>("/api/audit?limit=1000"))!;

        Assert.Contains(entries, e => (e.Actor, e.Action) == (user.Email, "sign-in"));
        Assert.Contains(entries, e => (e.Actor, e.Action) == (user.Email, "sign-in failed"));
        Assert.Contains(entries, e => e.Action == "token created" && e.Detail.Contains(token.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains(entries, e => (e.Actor, e.Action) == (user.Email, "upload") && e.Detail.Contains(importId.ToString(), StringComparison.Ordinal));
        Assert.Contains(entries, e => (e.Actor, e.Action, e.Detail) == (user.Email, "token revoked", $"token {token.Id}"));
        Assert.DoesNotContain(entries, e => e.Detail.Contains(user.Password, StringComparison.Ordinal) || e.Detail.Contains("a wrong password", StringComparison.Ordinal));
        Assert.True(entries.Zip(entries.Skip(1)).All(pair => pair.First.At >= pair.Second.At), "The newest entries come first.");
    }

    private sealed record ListedUser(Guid Id, string Email, string Name, string Role, IReadOnlyList<string> Trusts, IReadOnlyList<int> Schools);

    private sealed record AuditEntryResponse(DateTimeOffset At, string Actor, string Action, string Detail, long? Rows);
}
