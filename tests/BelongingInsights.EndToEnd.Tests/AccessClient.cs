using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// Users, tokens and sign-in for tests: register a user with a role through the API (as the host's administrator),
/// give them an API token, or sign in through the <c>/login</c> form the way a browser does.
/// </summary>
internal static partial class AccessClient
{
    public sealed record TestUser(Guid Id, string Email, string Password);

    public sealed record CreatedToken(Guid Id, string Token);

    public sealed record SignIn(HttpResponseMessage Response, HttpClient Client)
    {
        public bool Succeeded => Response.StatusCode == HttpStatusCode.Redirect
            && Response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Cookies=", StringComparison.Ordinal));
    }

    /// <summary>Registers a user with a password; trust users need trusts and school users URNs.</summary>
    public static async Task<TestUser> CreateUserAsync(this DashboardHost host, string role, string[]? trusts = null, int[]? schools = null)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.test";
        var password = $"password-{Guid.NewGuid():N}";
        var response = await host.Client.PostAsJsonAsync("/api/users", new { email, name = $"Test {role}", role, trusts = trusts ?? [], schools = schools ?? [], password });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<CreatedId>();
        return new TestUser(created!.Id, email, password);
    }

    public static async Task<CreatedToken> CreateTokenAsync(this DashboardHost host, Guid userId)
    {
        var response = await host.Client.PostAsync($"/api/users/{userId}/tokens", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedToken>())!;
    }

    /// <summary>A client that sends the token and follows no redirects.</summary>
    public static HttpClient ClientWithToken(this DashboardHost host, string token)
    {
        var client = host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client with no credentials that follows no redirects, so a redirect to /login can be seen.</summary>
    public static HttpClient AnonymousClient(this DashboardHost host) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>Posts the sign-in form; on success the returned client carries the cookie.</summary>
    public static async Task<SignIn> SignInAsync(this DashboardHost host, string email, string password, string returnUrl = "/")
    {
        var client = host.AnonymousClient();
        var path = $"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await client.GetStringAsync(path);
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return new SignIn(await client.PostAsync(path, form), client);
    }

    private sealed record CreatedId(Guid Id);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
