namespace BelongingInsights.EndToEnd.Tests;

public sealed class DockerComposeTests
{
    [Fact]
    public async Task The_compose_file_is_valid_and_wires_the_dashboard_to_postgresql()
    {
        Assert.True(Commands.Exists("docker-compose"),
            "docker-compose is needed to validate docker-compose.yml: sudo apt-get install -y docker-compose (tests/test.sh does this).");

        var config = await Commands.RunAsync("docker-compose", "-f", Path.Combine(RepositoryPaths.Root, "docker-compose.yml"), "config");

        Assert.Contains("ConnectionStrings__Hangfire: Host=postgres", config, StringComparison.Ordinal);
        Assert.Contains("dockerfile: dashboard/Dockerfile", config, StringComparison.Ordinal);
        Assert.Contains("/data", config, StringComparison.Ordinal);
    }
}
