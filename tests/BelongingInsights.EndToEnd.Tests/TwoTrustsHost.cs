using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// One dashboard shared by the access tests (<see cref="AccessMatrixTests"/>, <see cref="ScopedPagesTests"/>,
/// <see cref="CrossTrustLeakTests"/>, and in the browser <see cref="OpenPageAccessTests"/> and <see cref="UsersPageTests"/>):
/// the programme of <see cref="TwoTrustsFiles"/> loaded through the API by the administrator, one caller of each role
/// signed in both ways (an API token and a cookie from the sign-in form), and one rejected upload from each trust, whose
/// imports the leak tests ask for across the trusts.
/// </summary>
public sealed class TwoTrustsHost(PostgresServer postgres) : IAsyncLifetime
{
    public const string Administrator = "administrator";
    public const string ProgrammeLead = "programme lead";
    public const string Evaluator = "evaluator";
    public const string KestrelTrust = "Kestrel trust";
    public const string CinderfordSchool = "Cinderford school";
    public const string Nobody = "nobody";

    public const string KestrelFileName = "kestrel-spring-attendance.csv";
    public const string HeronFileName = "heron-spring-attendance.csv";
    public const string DfeExclusionsFileName = "dfe-exclusions-2024-25.csv";

    /// <summary>The unreadable dates that get each trust's upload rejected, so a problem list names them.</summary>
    public const string KestrelBadDate = "31/04/2025";
    public const string HeronBadDate = "30/02/2025";

    private readonly Dictionary<string, Caller> _callers = [];

    public DashboardHost Host { get; private set; } = null!;

    public IReadOnlyDictionary<string, Caller> Callers => _callers;

    /// <summary>The Heron trust's user, who sent <see cref="HeronImport"/>.</summary>
    public Caller HeronUploader { get; private set; } = null!;

    /// <summary>A user who is none of the callers, whose tokens only an administrator may make or revoke.</summary>
    public Guid Bystander { get; private set; }

    public Guid KestrelImport { get; private set; }

    public Guid HeronImport { get; private set; }

    public async ValueTask InitializeAsync()
    {
        // Open pages read their user again every two seconds, so OpenPageAccessTests sees a deletion reach one quickly.
        Host = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync(), settings: new Dictionary<string, string> { ["Auth__RevalidateSeconds"] = "2" });
        await LoadProgrammeAsync();
        await AddCallerAsync(Administrator, "administrator", [], []);
        await AddCallerAsync(ProgrammeLead, "programme-lead", [], []);
        await AddCallerAsync(Evaluator, "evaluator", [], []);
        await AddCallerAsync(KestrelTrust, "trust", [Kestrel], []);
        await AddCallerAsync(CinderfordSchool, "school", [], [Cinderford.Urn]);
        var nobody = Host.AnonymousClient();
        _callers[Nobody] = new Caller(Nobody, null, nobody, nobody, [], []);
        HeronUploader = await SignedInAsync("Heron trust", "trust", [Heron], []);
        Bystander = (await Host.CreateUserAsync("evaluator")).Id;
        KestrelImport = await RejectedUploadAsync(_callers[KestrelTrust], Bramblewood, KestrelFileName, KestrelBadDate);
        HeronImport = await RejectedUploadAsync(HeronUploader, Dunmore, HeronFileName, HeronBadDate);
        await WaitForMartsAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var caller in _callers.Values.Append(HeronUploader).OfType<Caller>())
        {
            caller.Cookie.Dispose();
            caller.Bearer.Dispose();
        }
        await Host.DisposeAsync();
    }

    /// <summary>A page's HTML as the caller's browser gets it (prerendered, so it holds the page's data).</summary>
    public async Task<string> PageAsync(string caller, string path)
    {
        var response = await Callers[caller].Cookie.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task LoadProgrammeAsync()
    {
        (string Csv, string File, (string, string)[] Fields)[] files =
        [
            (SchoolList(), "schools.csv", []),
            (Attendance(), "attendance-autumn.csv", []),
            (Suspensions(), "suspensions.csv", []),
            (DfeExclusions(), DfeExclusionsFileName, []),
            (Audit(), "audit.csv", []),
            (Survey(pupil => 2 + pupil % 2, "01/10/2024 09:07:00"), "survey-baseline.csv", [("wave", "baseline")]),
            (Survey(_ => 3, "02/12/2024 09:07:00"), "survey-endline.csv", [("wave", "endline")]),
        ];
        foreach (var (csv, file, fields) in files)
        {
            var import = await Host.Client.PostAndWaitAsync(Exports.Form(csv, file, fields));
            Assert.True(import.Status == "succeeded" && import.RowsQuarantined == 0, $"{file}: {import.Status}, {import.Message}, {string.Join("; ", import.Problems.Select(p => p.Message))}");
        }
    }

    private async Task AddCallerAsync(string name, string role, string[] trusts, int[] schools) =>
        _callers[name] = await SignedInAsync(name, role, trusts, schools);

    private async Task<Caller> SignedInAsync(string name, string role, string[] trusts, int[] schools)
    {
        var user = await Host.CreateUserAsync(role, trusts, schools);
        var signIn = await Host.SignInAsync(user.Email, user.Password);
        Assert.True(signIn.Succeeded, $"{name} could not sign in: {signIn.Response.StatusCode}");
        var token = await Host.CreateTokenAsync(user.Id);
        var everything = trusts.Length + schools.Length == 0;
        var sees = Schools.Where(s => everything || trusts.Contains(s.Trust) || schools.Contains(s.Urn)).ToList();
        return new Caller(name, user.Id, signIn.Client, Host.ClientWithToken(token.Token), sees, everything ? Trusts : trusts);
    }

    /// <summary>A spring-term file for one school with an unreadable date on one of its ten rows: too many to load any.</summary>
    private static async Task<Guid> RejectedUploadAsync(Caller uploader, School school, string fileName, string badDate)
    {
        var lines = Attendance([(school, 101, 10)], "06/01/2025", "04/04/2025").Split('\n');
        lines[3] = lines[3].Replace("06/01/2025", badDate, StringComparison.Ordinal);
        var import = await uploader.Bearer.PostAndWaitAsync(Exports.Form(string.Join('\n', lines), fileName));
        Assert.Equal("rejected", import.Status);
        return import.Id;
    }

    /// <summary>The marts are rebuilt after the imports, the survey's last: waits until its per-school table names every school.</summary>
    private async Task WaitForMartsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var belonging = await PageAsync(Administrator, "/belonging");
            if (Schools.All(s => belonging.Contains(s.Name, StringComparison.Ordinal)))
                return;
            Assert.True(DateTime.UtcNow < deadline, $"The marts did not show every school within 120 s.\n{Host.Output}");
            await Task.Delay(500);
        }
    }
}

/// <summary>
/// A caller of the dashboard: a browser with a sign-in cookie and an API client with a bearer token (for
/// <see cref="TwoTrustsHost.Nobody"/>, one client with neither), the schools its role and scope let it see, and the
/// trusts whose figures over their schools it sees.
/// </summary>
public sealed record Caller(
    string Name, Guid? Id, HttpClient Cookie, HttpClient Bearer, IReadOnlyList<TwoTrustsFiles.School> Sees, IReadOnlyList<string> Trusts)
{
    public bool SeesEverySchool => Sees.Count == TwoTrustsFiles.Schools.Count;

    public override string ToString() => Name;
}

[CollectionDefinition(nameof(TwoTrustsHost))]
public sealed class TwoTrustsCollection : ICollectionFixture<TwoTrustsHost>;
