using System.Net;
using System.Net.Http.Json;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>The headers every answer carries and the upload size limit, against the real dashboard.</summary>
public sealed class HostHardeningTests(PostgresHostFixture fixture) : IClassFixture<PostgresHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    [InlineData("/api/imports")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var response = await Client.GetAsync(path);

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}';", policy);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is for HTTPS only.");
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_is_answered_413_with_its_size_and_the_setting_before_it_is_sent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = new UnsentContent(3L * 1024 * 1024 * 1024) };
        request.Headers.ExpectContinue = true;

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("The file is 3072 MB; the limit is 2048 MB (Imports:MaxUploadMegabytes).", problem!["detail"].ToString());
    }

    /// <summary>
    /// A body that only says how long it is: with Expect: 100-continue the client sends the headers and waits, so the
    /// server's refusal arrives before any byte of it; were the server to ask for it, the test fails.
    /// </summary>
    private sealed class UnsentContent(long length) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            throw new InvalidOperationException("The server asked for the body of an upload over the limit.");

        protected override bool TryComputeLength(out long computed)
        {
            computed = length;
            return true;
        }
    }
}
