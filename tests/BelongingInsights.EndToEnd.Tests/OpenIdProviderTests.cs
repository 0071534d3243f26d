using System.Net.Http.Json;
using System.Text.Json;

namespace BelongingInsights.EndToEnd.Tests;

public sealed class OpenIdProviderTests
{
    [Fact]
    public async Task The_provider_answers_discovery_with_its_endpoints()
    {
        await using var provider = await OpenIdProvider.StartAsync();
        using var client = new HttpClient { BaseAddress = provider.Authority };

        var discovery = await client.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration", TestContext.Current.CancellationToken);

        Assert.Equal(provider.Authority.ToString(), discovery.GetProperty("issuer").GetString());
        Assert.Equal(new Uri(provider.Authority, "connect/authorize").ToString(), discovery.GetProperty("authorization_endpoint").GetString());
    }
}
