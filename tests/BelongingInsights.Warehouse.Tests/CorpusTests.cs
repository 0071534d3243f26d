using System.Text.Json;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>Every file in <c>Corpus/</c> goes through the real pipeline and must end exactly as <c>corpus.json</c> says.</summary>
public sealed class CorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<CorpusCase> Cases()
    {
        var cases = JsonSerializer.Deserialize<List<CorpusCase>>(
            File.ReadAllText(Path.Combine(Folder, "corpus.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return [.. cases];
    }

    [Fact]
    public void Every_corpus_file_has_an_expected_outcome_and_there_are_at_least_forty()
    {
        var files = Directory.GetFiles(Folder).Select(Path.GetFileName).Where(f => f != "corpus.json").Order().ToList();

        Assert.Equal(files, Cases().Select(c => c.Data.File).Order());
        Assert.True(files.Count >= 40, $"The corpus has {files.Count} files.");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_corpus_file_ends_exactly_as_expected(CorpusCase expected)
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.ImportSample(Path.Combine("..", "Corpus", expected.File), expected.Kind, expected.School);

        Assert.Equal((expected.Status, expected.Read, expected.Loaded, expected.Quarantined),
            (import.Status, import.RowsRead, import.RowsLoaded, import.RowsQuarantined));
        if (expected.Message is not null)
            Assert.Equal(expected.Message, import.Message);
        if (expected.MessageStartsWith is not null)
            Assert.StartsWith(expected.MessageStartsWith, import.Message, StringComparison.Ordinal);
        if (expected.Bulk is { } bulk)
            Assert.Equal(bulk, warehouse.Log.Messages.Any(m => m.Contains("staged in bulk", StringComparison.Ordinal)));
        if (expected.Problem is { } problem)
        {
            var problems = warehouse.Problems(import)
                .Select(p => new CorpusProblem(p.Line, p.Column, p.Value, p.Severity.ToString(), p.Message));
            Assert.Contains(problem, problems);
        }
    }
}
