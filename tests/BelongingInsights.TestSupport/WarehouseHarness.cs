using System.Text;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.MartRefresh;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.TestSupport;

/// <summary>A real warehouse in a temporary data directory, built the way the app builds it.</summary>
public sealed class WarehouseHarness : IDisposable
{
    private readonly IHost _host;

    public WarehouseHarness(params (string Key, string Value)[] settings)
        : this(TimeProvider.System, settings)
    {
    }

    /// <summary>A warehouse whose clock is <paramref name="clock"/>, for what happens some days after an import.</summary>
    public WarehouseHarness(TimeProvider clock, params (string Key, string Value)[] settings)
        : this(Directory.CreateTempSubdirectory("bi-warehouse-").FullName, clock, settings)
    {
    }

    private WarehouseHarness(string dataDirectory, TimeProvider clock, (string Key, string Value)[] settings)
    {
        DataDirectory = dataDirectory;
        File.Copy(MigratedWarehouse.Value, Path.Combine(DataDirectory, "warehouse.duckdb"));
        _host = WarehouseHost.Start([("DataDirectory", DataDirectory), ("Pseudonymisation:Key", "test key"), .. settings], builder =>
        {
            builder.Logging.AddProvider(Log);
            builder.Services.AddSingleton(clock);
        });
    }

    /// <summary>A warehouse in <paramref name="dataDirectory"/> (an empty folder, such as one on a small disk), deleted on dispose.</summary>
    public static WarehouseHarness In(string dataDirectory, params (string Key, string Value)[] settings) =>
        new(dataDirectory, TimeProvider.System, settings);

    /// <summary>
    /// A warehouse file every migration has run on, made once per test run and copied for each harness: migrating a
    /// new file takes most of a second, and the copy's start still re-creates the functions and staging tables and
    /// finds no migration left to apply.
    /// </summary>
    private static readonly Lazy<string> MigratedWarehouse = new(() =>
    {
        var directory = Directory.CreateTempSubdirectory("bi-warehouse-migrated-").FullName;
        using (WarehouseHost.Start([("DataDirectory", directory), ("Pseudonymisation:Key", "test key")], _ => { }))
        {
        }
        return Path.Combine(directory, "warehouse.duckdb");
    });

    public string DataDirectory { get; }

    public RecordedLog Log { get; } = new();

    public IServiceProvider Services => _host.Services;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Receives <paramref name="csv"/> as an upload from the server's operator (every school) and runs its import to the end.</summary>
    public ImportRecord Import(string csv, string fileName = "export.csv", string? kind = null, int? schoolUrn = null, string? wave = null, string? period = null) =>
        ImportAs(ImportCaller.Operator, csv, fileName, kind, schoolUrn, wave, period);

    /// <summary>Receives <paramref name="csv"/> as an upload from <paramref name="uploader"/> and runs its import to the end.</summary>
    public ImportRecord ImportAs(
        ImportCaller uploader, string csv, string fileName = "export.csv", string? kind = null, int? schoolUrn = null, string? wave = null,
        string? period = null)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var import = Run(content, fileName, new ImportRequest(ImportRequest.Upload, uploader, kind, schoolUrn, Wave: wave, Period: period));
        Get<MartRefresher>().Refresh();
        return import;
    }

    /// <summary>An import's problems, as the server's operator sees them.</summary>
    public IReadOnlyList<ImportProblem> Problems(ImportRecord import) => Get<ImportLedger>().Problems(import, ImportCaller.Operator);

    /// <summary>Receives a sample file from <c>Samples/</c> as an upload and runs its import to the end.</summary>
    public ImportRecord ImportSample(string relativePath, string? kind = null, int? schoolUrn = null)
    {
        using var content = File.OpenRead(SampleFiles.PathOf(relativePath));
        var import = Run(content, Path.GetFileName(relativePath), new ImportRequest(ImportRequest.Upload, ImportCaller.Operator, kind, schoolUrn));
        Get<MartRefresher>().Refresh();
        return import;
    }

    /// <summary>Receives <paramref name="csv"/> and runs its import, leaving the marts to the next refresh.</summary>
    public ImportRecord ImportLeavingMartsStale(string csv, string fileName = "export.csv", string? wave = null)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return Run(content, fileName, new ImportRequest(ImportRequest.Upload, ImportCaller.Operator, Wave: wave));
    }

    private ImportRecord Run(Stream content, string fileName, ImportRequest request)
    {
        var id = Get<ImportSubmission>().ReceiveAsync(content, fileName, request, CancellationToken.None).GetAwaiter().GetResult();
        return Get<ImportPipeline>().Import(id, CancellationToken.None);
    }

    public T? Scalar<T>(string sql)
    {
        using var connection = Get<WarehouseDatabase>().Open();
        return connection.Scalar<T>(sql);
    }

    public DuckDBConnection Open() => Get<WarehouseDatabase>().Open();

    /// <summary>Sets DuckDB's memory limit for the whole warehouse, as if <c>Warehouse:MemoryLimit</c> were this, from now on.</summary>
    public void SetMemoryLimit(string limit)
    {
        using var connection = Open();
        connection.Execute($"set memory_limit = '{limit}'");
    }

    public void Dispose()
    {
        _host.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // DuckDB may still hold the file for a moment on a slow machine; the temp folder is cleaned by the OS.
        }
    }
}
