namespace BelongingInsights.EndToEnd.Tests;

public sealed class DockerComposeTests
{
    [Fact]
    public async Task The_compose_file_is_valid_and_wires_the_dashboard_to_postgresql()
    {
        var config = await ComposeConfig();

        Assert.Contains("ConnectionStrings__Hangfire: Host=postgres", config, StringComparison.Ordinal);
        Assert.Contains("dockerfile: dashboard/Dockerfile", config, StringComparison.Ordinal);
        Assert.Contains("/data", config, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_runs_without_demonstration_data_as_a_non_root_user_reachable_from_this_machine_only()
    {
        var config = await ComposeConfig();

        Assert.Matches(@"Demo__Seed: ['""]?false", config);
        Assert.Matches(@"\n\s+user: ['""]?[1-9][0-9]*(:[1-9][0-9]*)?['""]?\n", config);
        Assert.Matches(@"127\.0\.0\.1:8080:8080|host_ip: 127\.0\.0\.1", config);
        Assert.DoesNotMatch(@"- ['""]?(0\.0\.0\.0:)?8080:8080", config);
    }

    /// <summary>The compose file as docker-compose resolves it, which fails on an invalid file.</summary>
    private static async Task<string> ComposeConfig()
    {
        Assert.True(Commands.Exists("docker-compose"),
            "docker-compose is needed to validate docker-compose.yml: sudo apt-get install -y docker-compose (tests/test.sh does this).");

        return await Commands.RunAsync("docker-compose", "-f", Path.Combine(RepositoryPaths.Root, "docker-compose.yml"), "config");
    }
}
