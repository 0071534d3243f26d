using System.Net;
using System.Net.Http.Json;
using System.Runtime.Versioning;
using DuckDB.NET.Data;
using Npgsql;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// The user store on each of its homes (an embedded file beside the warehouse, or PostgreSQL), the first start's
/// administrator, and the sign-in rate limit.
/// </summary>
public sealed class SignInStoreTests(PostgresServer postgres)
{
    [Theory]
    [UnsupportedOSPlatform("windows")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Users_tokens_and_lockout_work_on_either_store_and_the_warehouse_never_holds_them(bool onPostgres)
    {
        var hangfire = onPostgres ? await postgres.CreateDatabaseAsync() : null;
        await using var host = await DashboardHost.StartAsync(hangfire, settings: new Dictionary<string, string>
        {
            ["Auth__Lockout__MaxFailures"] = "2",
        });

        var user = await host.CreateUserAsync("trust", trusts: ["East Trust"]);
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.PostAsJsonAsync("/api/users", new { email = user.Email, name = "Twin", role = "evaluator" })).StatusCode);
        Assert.True((await host.SignInAsync(user.Email.ToUpperInvariant(), user.Password)).Succeeded);
        var token = await host.CreateTokenAsync(user.Id);
        using var asUser = host.ClientWithToken(token.Token);
        Assert.Equal(HttpStatusCode.OK, (await asUser.GetAsync("/api/imports")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.DeleteAsync($"/api/tokens/{token.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asUser.GetAsync("/api/imports")).StatusCode);
        Assert.False((await host.SignInAsync(user.Email, "wrong")).Succeeded);
        Assert.False((await host.SignInAsync(user.Email, "wrong again")).Succeeded);
        Assert.False((await host.SignInAsync(user.Email, user.Password)).Succeeded);
        await host.StopAsync();

        Assert.Equal(0L, WarehouseScalar(host, "select count(*) from information_schema.tables where table_schema = 'accounts' or table_name in ('users', 'api_tokens', 'audit_log')"));
        if (onPostgres)
        {
            await using var connection = new NpgsqlConnection(hangfire);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select password_hash from accounts.users where email = $1", connection) { Parameters = { new() { Value = user.Email } } };
            var hash = (string?)await command.ExecuteScalarAsync();
            Assert.False(string.IsNullOrEmpty(hash));
            Assert.DoesNotContain(user.Password, hash, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(host.DataDirectory, "access.duckdb")));
        }
        else
        {
            var store = Path.Combine(host.DataDirectory, "access.duckdb");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store));
            await using var connection = new DuckDBConnection($"Data Source={store};ACCESS_MODE=READ_ONLY");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"select count(*) from accounts.users where email = '{user.Email}'";
            Assert.Equal(1L, command.ExecuteScalar());
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Without_administrator_settings_the_first_start_writes_an_owner_only_password_file_that_signs_in()
    {
        await using var host = await DashboardHost.StartAsync(null, settings: new Dictionary<string, string>
        {
            ["Auth__AdminEmail"] = "",
            ["Auth__AdminPassword"] = "",
            ["Auth__AdminToken"] = "",
        });
        var file = Path.Combine(host.DataDirectory, "initial-admin-password");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var password = (await File.ReadAllTextAsync(file)).Trim();
        Assert.Contains(file, host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, host.Output, StringComparison.Ordinal);
        Assert.False((await host.SignInAsync("admin", "not it")).Succeeded);
        var signIn = await host.SignInAsync("admin", password, returnUrl: "/audit-log");
        Assert.True(signIn.Succeeded);
        Assert.Equal("/audit-log", new Uri(host.BaseAddress, signIn.Response.Headers.Location!).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await signIn.Client.GetAsync("/audit-log")).StatusCode);
    }

    [Fact]
    public async Task Posting_the_sign_in_form_too_often_from_one_address_answers_429()
    {
        await using var host = await DashboardHost.StartAsync(null, settings: new Dictionary<string, string>
        {
            ["Auth__SignInAttemptsPerMinute"] = "3",
        });

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
            statuses.Add((await host.SignInAsync(host.AdminEmail, "wrong")).Response.StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var reader = host.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/login")).StatusCode);
    }

    private static object? WarehouseScalar(DashboardHost host, string sql)
    {
        using var warehouse = new DuckDBConnection($"Data Source={Path.Combine(host.DataDirectory, "warehouse.duckdb")};ACCESS_MODE=READ_ONLY");
        warehouse.Open();
        using var command = warehouse.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
