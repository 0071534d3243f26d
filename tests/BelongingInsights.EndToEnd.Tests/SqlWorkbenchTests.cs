using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DuckDB.NET.Data;
using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary><c>POST /api/sql</c> on a host with the demonstration data, and the snapshot it reads opened from outside.</summary>
[Collection(nameof(DemoHost))]
public sealed class SqlWorkbenchTests(DemoHost fixture)
{
    private const int RowLimit = DemoHost.RowLimit;

    [Fact]
    public async Task An_evaluators_query_returns_columns_and_rows_and_is_in_the_audit_log()
    {
        var marker = $"workbench-{Guid.NewGuid():N}";

        var answer = await PostAsync(fixture.Evaluator, $"select count(*) as pupils, '{marker}' as marker from dim_pupil");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["pupils", "marker"], root.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("BIGINT", root.GetProperty("columns")[0].GetProperty("type").GetString());
        Assert.True(root.GetProperty("rows")[0][0].GetInt64() > 0);
        Assert.False(root.GetProperty("truncated").GetBoolean());
        Assert.True(root.GetProperty("elapsedMs").GetInt64() >= 0);
        var audit = await fixture.Host.Client.GetFromJsonAsync<List<AuditRow>>("/api/audit?limit=1000");
        var entry = Assert.Single(audit!, e => e.Detail.Contains(marker, StringComparison.Ordinal));
        Assert.Equal((fixture.EvaluatorEmail, "sql query", 1L), (entry.Actor, entry.Action, entry.Rows));
    }

    [Fact]
    public async Task A_trust_user_may_not_use_the_workbench()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(fixture.Trust, "select 1")).StatusCode);
    }

    [Theory]
    [InlineData("create table pupils as select * from dim_pupil", "Only a query that reads")]
    [InlineData("attach '/tmp/elsewhere.duckdb' as elsewhere", "ATTACH")]
    [InlineData("copy dim_pupil to '/tmp/pupils.csv'", "COPY")]
    [InlineData("install httpfs", "INSTALL")]
    [InlineData("set enable_external_access = true", "SET")]
    [InlineData("select * from read_csv('/etc/passwd')", "disabled")]
    public async Task A_statement_that_writes_or_reaches_outside_the_snapshot_is_refused(string sql, string reason)
    {
        var answer = await PostAsync(fixture.Evaluator, sql);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var detail = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains(reason, detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(fixture.Host.DataDirectory, detail, StringComparison.Ordinal);
        Assert.False(File.Exists("/tmp/pupils.csv"));
    }

    [Fact]
    public async Task A_query_over_the_time_limit_is_stopped()
    {
        var answer = await PostAsync(fixture.Evaluator, "select count(*) from range(1000000000) as a(i), range(1000) as b(j) where a.i * b.j % 7 = 3");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("2-second limit", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_over_the_row_limit_is_cut_and_marked_truncated()
    {
        var answer = await (await PostAsync(fixture.Evaluator, "select * from range(1000)")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(RowLimit, answer.GetProperty("rows").GetArrayLength());
        Assert.True(answer.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Accept_text_csv_gives_the_rows_as_csv()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sql") { Content = JsonContent.Create(new { sql = "select 1 as one, 'a, \"b\"' as two" }) };
        request.Headers.Accept.ParseAdd("text/csv");

        var answer = await fixture.Evaluator.SendAsync(request);

        Assert.Equal("text/csv", answer.Content.Headers.ContentType!.MediaType);
        Assert.Equal("one,two\r\n1,\"a, \"\"b\"\"\"\r\n", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Accept_parquet_gives_the_rows_as_a_parquet_file_with_their_types()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sql") { Content = JsonContent.Create(new { sql = "select count(*) as pupils, date '2025-01-06' as since from dim_pupil" }) };
        request.Headers.Accept.ParseAdd("application/vnd.apache.parquet");

        var answer = await fixture.Evaluator.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/vnd.apache.parquet", answer.Content.Headers.ContentType!.MediaType);
        var counted = await PostAsync(fixture.Evaluator, "select count(*) from dim_pupil");
        var pupils = (await counted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows")[0][0].GetInt64();
        Assert.Equal([$"{pupils}|2025-01-06|DATE"], await ParquetRowsAsync(await answer.Content.ReadAsByteArrayAsync(), "select concat_ws('|', pupils, since, typeof(since)) from result"));
    }

    [Fact]
    public async Task A_saved_query_is_shared_by_link_with_other_evaluators_and_only_its_author_deletes_it()
    {
        var title = $"Pupils per school {Guid.NewGuid():N}";
        const string Sql = "select count(*) as pupils from dim_pupil";

        var saved = await fixture.Evaluator.PostAsJsonAsync("/api/sql/saved", new { title, sql = Sql });

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var query = await saved.Content.ReadFromJsonAsync<SharedQuery>();
        Assert.Equal((title, Sql, fixture.EvaluatorEmail, $"/sql?query={query!.Id}"), (query.Title, query.Sql, query.SavedBy, query.Link));
        Assert.Equal(query, await fixture.Colleague.GetFromJsonAsync<SharedQuery>($"/api/sql/saved/{query.Id}"));
        Assert.Contains(query, (await fixture.Colleague.GetFromJsonAsync<List<SharedQuery>>("/api/sql/saved"))!);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trust.GetAsync($"/api/sql/saved/{query.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Colleague.DeleteAsync($"/api/sql/saved/{query.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Evaluator.DeleteAsync($"/api/sql/saved/{query.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Colleague.GetAsync($"/api/sql/saved/{query.Id}")).StatusCode);
        var audit = await fixture.Host.Client.GetFromJsonAsync<List<AuditRow>>("/api/audit?limit=1000");
        Assert.Equal(["sql query deleted", "sql query saved"], audit!.Where(e => e.Detail.Contains(title, StringComparison.Ordinal)).Select(e => e.Action));
    }

    [Fact]
    public async Task An_empty_query_is_not_saved()
    {
        var answer = await fixture.Evaluator.PostAsJsonAsync("/api/sql/saved", new { title = "nothing", sql = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Write a query to save", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_page_a_query_saved_by_one_evaluator_opens_from_its_link_for_another_and_downloads_as_parquet()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var author = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(author, fixture.Host, fixture.EvaluatorUser.Email, fixture.EvaluatorUser.Password);
        await author.GotoAsync(new Uri(fixture.Host.BaseAddress, "sql").ToString());
        var title = $"Schools {Guid.NewGuid():N}";
        const string Sql = "select count(*) as schools from dim_school";
        await ChooseExampleAsync(author, "Pupils who answered at both baseline and endline");
        await author.GetByTestId("sql").FillAsync(Sql);
        await author.GetByTestId("title").FillAsync(title);
        await author.GetByTestId("save").ClickAsync();
        var link = author.GetByTestId("shared-link").GetByRole(AriaRole.Link);
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var shared = await link.GetAttributeAsync("href");

        var colleague = await chromium.Browser.NewPageAsync();
        var other = await fixture.Host.CreateUserAsync("evaluator");
        await DashboardBrowserTests.SignInAsync(colleague, fixture.Host, other.Email, other.Password);
        await colleague.GotoAsync(new Uri(fixture.Host.BaseAddress, shared!.TrimStart('/')).ToString());

        await Assertions.Expect(colleague.GetByTestId("opened")).ToContainTextAsync(title, new() { Timeout = 60_000 });
        Assert.Equal(Sql, await colleague.GetByTestId("sql").InputValueAsync());
        await ChooseExampleAsync(colleague, "Pupils who answered at both baseline and endline");
        await colleague.GetByTestId("sql").FillAsync(Sql);
        await colleague.GetByTestId("run").ClickAsync();
        var results = colleague.GetByTestId("results").Locator("tbody tr");
        await Assertions.Expect(results).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        var download = await colleague.RunAndWaitForDownloadAsync(() => colleague.GetByTestId("parquet").ClickAsync());
        Assert.Equal("query.parquet", download.SuggestedFilename);
        var file = await download.PathAsync();
        Assert.Equal([await results.First.Locator("td").InnerTextAsync()], await ParquetRowsAsync(await File.ReadAllBytesAsync(file), "select cast(schools as varchar) from result"));
    }

    [Fact]
    public async Task The_snapshot_opens_outside_the_app_while_it_runs_with_the_same_counts_and_no_operational_table()
    {
        var snapshot = Path.Combine(DemoHost.LatestSnapshot(fixture.Host)!, "warehouse.duckdb");
        await using var outside = new DuckDBConnection($"Data Source={snapshot};ACCESS_MODE=READ_ONLY");
        await outside.OpenAsync();
        await using var command = outside.CreateCommand();
        command.CommandText = "select count(*) from fact_survey_answer";
        var counted = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

        var answer = await (await PostAsync(fixture.Evaluator, "select count(*) from fact_survey_answer")).Content.ReadFromJsonAsync<JsonElement>();
        var tables = await (await PostAsync(fixture.Evaluator, "select count(*) from duckdb_tables() where table_name like 'ops%' or table_name like 'stg%'")).Content.ReadFromJsonAsync<JsonElement>();
        var marts = await (await PostAsync(fixture.Evaluator, "select count(*) from duckdb_tables() where table_name like 'mart%'")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(counted > 0);
        Assert.Equal(counted, answer.GetProperty("rows")[0][0].GetInt64());
        Assert.Equal(0, tables.GetProperty("rows")[0][0].GetInt64());
        Assert.True(marts.GetProperty("rows")[0][0].GetInt64() > 0);
    }

    [Fact]
    public async Task The_latest_snapshot_listed_by_the_api_opened_read_only_outside_the_app_gives_the_api_s_counts()
    {
        const string counts = """
            select s.urn, count(distinct a.pupil_key) as pupils, count(*) as periods, cast(sum(a.present_sessions) as bigint) as present
            from fact_attendance as a join dim_school as s using (school_key)
            group by s.urn order by s.urn
            """;
        var latest = (await fixture.Evaluator.GetFromJsonAsync<List<ListedSnapshot>>("/api/snapshots"))![0];
        var folder = Path.Combine(fixture.Host.DataDirectory, "snapshots", latest.Name);
        await using var outside = new DuckDBConnection($"Data Source={Path.Combine(folder, "warehouse.duckdb")};ACCESS_MODE=READ_ONLY");
        await outside.OpenAsync();

        var answer = await (await PostAsync(fixture.Evaluator, counts)).Content.ReadFromJsonAsync<JsonElement>();

        var fromApi = answer.GetProperty("rows").EnumerateArray().Select(r => string.Join(',', r.EnumerateArray().Select(v => v.GetInt64()))).ToList();
        Assert.NotEmpty(fromApi);
        Assert.Equal(fromApi, await RowsAsync(outside, counts));
        var parquet = counts.Replace("fact_attendance ", $"read_parquet('{folder}/parquet/fact_attendance/**/*.parquet', hive_partitioning = true) ", StringComparison.Ordinal)
            .Replace("dim_school", $"read_parquet('{folder}/parquet/dim_school/**/*.parquet', hive_partitioning = true)", StringComparison.Ordinal);
        Assert.Equal(fromApi, await RowsAsync(outside, parquet));
    }

    [Fact]
    public async Task An_evaluator_publishes_a_snapshot_now_and_downloads_its_files()
    {
        var published = await fixture.Evaluator.PostAsync("/api/snapshots", null);

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var snapshot = (await published.Content.ReadFromJsonAsync<ListedSnapshot>())!;
        var listed = (await fixture.Evaluator.GetFromJsonAsync<List<ListedSnapshot>>("/api/snapshots"))!;
        Assert.Equal(snapshot.Name, listed[0].Name);
        Assert.True(listed[0].SizeBytes > 0);
        Assert.Equal($"/api/snapshots/{snapshot.Name}/warehouse.duckdb", published.Headers.Location!.OriginalString);
        var folder = Path.Combine(fixture.Host.DataDirectory, "snapshots", snapshot.Name);

        var database = await fixture.Evaluator.GetByteArrayAsync(snapshot.Downloads.Database);
        var dictionary = await fixture.Evaluator.GetStringAsync(snapshot.Downloads.Dictionary);
        using var zip = new ZipArchive(new MemoryStream(await fixture.Evaluator.GetByteArrayAsync(snapshot.Downloads.Parquet)));

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "warehouse.duckdb")), database);
        Assert.StartsWith("table,column,type,meaning\r\n", dictionary, StringComparison.Ordinal);
        Assert.Contains("dim_pupil,pupil_hash,VARCHAR,", dictionary, StringComparison.Ordinal);
        Assert.Contains(zip.Entries, e => e.FullName == "dim_pupil/dim_pupil.parquet");
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("fact_attendance/academic_year=", StringComparison.Ordinal) && e.FullName.Contains("/urn=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Evaluator.GetAsync("/api/snapshots/..%2Fwarehouse.duckdb/dictionary.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trust.GetAsync(snapshot.Downloads.Dictionary)).StatusCode);
        var audit = await fixture.Host.Client.GetFromJsonAsync<List<AuditRow>>("/api/audit?limit=1000");
        Assert.Contains(audit!, e => (e.Actor, e.Action, e.Detail) == (fixture.EvaluatorEmail, "snapshot published", snapshot.Name));
        Assert.Contains(audit!, e => (e.Actor, e.Action, e.Detail) == (fixture.EvaluatorEmail, "snapshot downloaded", $"{snapshot.Name}/parquet.zip"));
    }

    [Fact]
    public async Task Every_example_query_on_the_page_answers_on_the_demonstration_data()
    {
        var examples = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "warehouse", "Snapshots", "Examples"), "*.sql");

        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var answer = await PostAsync(fixture.Evaluator, await File.ReadAllTextAsync(example));
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{Path.GetFileName(example)}: {await answer.Content.ReadAsStringAsync()}");
            Assert.True((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetArrayLength() > 1, Path.GetFileName(example));
        }
    }

    [Fact]
    public async Task On_a_phone_the_page_runs_an_example_and_shows_its_rows_its_limits_and_a_csv_download()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await DashboardBrowserTests.SignInAsync(page, fixture.Host, fixture.EvaluatorUser.Email, fixture.EvaluatorUser.Password);
        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, "sql").ToString());

        await ChooseExampleAsync(page, "Pupils who answered at both baseline and endline");
        await page.GetByTestId("run").ClickAsync();
        var results = page.GetByTestId("results").Locator("tbody tr");
        await Assertions.Expect(results.First).ToBeVisibleAsync(new() { Timeout = 60_000 });

        var paired = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "warehouse", "Snapshots", "Examples", "3_paired_pupils.sql"));
        var expected = (await (await PostAsync(fixture.Evaluator, paired)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        Assert.Equal(expected.GetArrayLength(), await results.CountAsync());
        Assert.Contains(expected[0][0].GetString()!, await page.GetByTestId("results").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(RowLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetByTestId("row-limit").InnerTextAsync());
        Assert.Equal("2 seconds", await page.GetByTestId("time-limit").InnerTextAsync());
        Assert.StartsWith("data:text/csv", await page.GetByTestId("csv").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains("fact_survey_answer", await page.GetByTestId("schema").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("", await WiderThanThePhoneAsync(page));

        var newest = page.GetByTestId("snapshot").First.GetByRole(AriaRole.Link, new() { Name = "DuckDB file" });
        var before = await newest.GetAttributeAsync("href");
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(newest).Not.ToHaveAttributeAsync("href", before!, new() { Timeout = 60_000 });
        Assert.StartsWith("/api/snapshots/", await newest.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal(
            ["DuckDB file", "Parquet files (zip)", "Data dictionary (CSV)"],
            await page.GetByTestId("snapshot").First.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        Assert.Equal("", await WiderThanThePhoneAsync(page));
    }

    /// <summary>
    /// Chooses an example until the query box shows it: the page's controls answer only once its interactive circuit is
    /// up, and a control used before then is lost.
    /// </summary>
    private static async Task ChooseExampleAsync(IPage page, string title)
    {
        var example = page.GetByRole(AriaRole.Button, new() { Name = title });
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await page.GetByTestId("sql").InputValueAsync()).StartsWith($"-- {title}", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The example \"{title}\" did not fill the query box.");
            await example.ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }
    }

    /// <summary>The page's elements that reach past a 390px phone's right edge, empty when none does.</summary>
    private static Task<string> WiderThanThePhoneAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => document.documentElement.scrollWidth <= 390 ? '' : [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > 390)
            .map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}px: ${e.textContent.slice(0, 60)}`)
            .slice(0, 10).join('\n')
        """);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string sql) => client.PostAsJsonAsync("/api/sql", new { sql });


    private static async Task<List<string>> RowsAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    private sealed record ListedSnapshot(string Name, DateTimeOffset PublishedAt, long SizeBytes, SnapshotDownloads Downloads);

    private sealed record SnapshotDownloads(string Database, string Dictionary, string Parquet);

    private sealed record SharedQuery(string Id, string Title, string Sql, string SavedBy, DateTimeOffset SavedAt, string Link);

    /// <summary>The rows of <paramref name="sql"/> over a Parquet file's rows (the view <c>result</c>), read by DuckDB outside the app.</summary>
    private static async Task<List<string>> ParquetRowsAsync(byte[] parquet, string sql)
    {
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.parquet");
        await File.WriteAllBytesAsync(file, parquet);
        try
        {
            await using var connection = new DuckDBConnection("Data Source=:memory:");
            await connection.OpenAsync();
            await using (var view = connection.CreateCommand())
            {
                view.CommandText = $"create view result as from read_parquet('{file}')";
                await view.ExecuteNonQueryAsync();
            }
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
                rows.Add(reader.GetString(0));
            return rows;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed record AuditRow(DateTimeOffset At, string Actor, string Action, string Detail, long? Rows);
}
