using System.Runtime.CompilerServices;

namespace BelongingInsights.Etl.Tests;

/// <summary>docs/export-kinds.md is generated from the kinds' layouts, so its column tables cannot drift from the code.</summary>
public sealed class ExportKindsDocumentTests
{
    /// <summary>Set to 1 to rewrite docs/export-kinds.md instead of comparing it.</summary>
    private const string WriteSetting = "BI_WRITE_DOCS";

    [Fact]
    public void The_committed_export_kinds_document_is_the_one_the_layouts_generate()
    {
        var here = Path.GetDirectoryName(SourcePath())!;
        var committed = Path.GetFullPath(Path.Combine(here, "..", "..", "docs", "export-kinds.md"));
        var generated = ExportKindsDocument.Generate(File.ReadAllText(Path.Combine(here, "export-kinds.template.md")));
        if (Environment.GetEnvironmentVariable(WriteSetting) == "1")
            File.WriteAllText(committed, generated);

        Assert.True(File.ReadAllText(committed).ReplaceLineEndings("\n") == generated,
            "docs/export-kinds.md differs from what the layouts and tests/BelongingInsights.Etl.Tests/export-kinds.template.md generate. "
            + "Edit the template (not the generated file), then rewrite it with: "
            + $"{WriteSetting}=1 dotnet test tests/BelongingInsights.Etl.Tests --filter FullyQualifiedName~ExportKindsDocumentTests");
    }

    private static string SourcePath([CallerFilePath] string path = "") => path;
}
