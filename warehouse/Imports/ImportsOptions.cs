using BelongingInsights.Etl.Common;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>The <c>Imports</c> settings section.</summary>
public sealed class ImportsOptions
{
    public const string Section = "Imports";

    /// <summary>
    /// How many days a stored upload is kept after its import is final (succeeded or rejected): long enough to run it
    /// again once the reference data its held-back rows need has arrived; then it is deleted, since it holds pupil data.
    /// </summary>
    public int KeepUploadsDays { get; set; } = 30;

    /// <summary>The largest file the upload page and the API accept, in megabytes: a trust's year of session marks fits.</summary>
    public int MaxUploadMegabytes { get; set; } = 2048;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    /// <summary>
    /// Megabytes the data directory's disk keeps free beyond what an import needs (about twice its file): an import that
    /// would leave less is refused before it starts, since DuckDB stops the whole database when one of its own writes fails.
    /// </summary>
    public int MinFreeDiskMegabytes { get; set; } = 64;

    /// <summary>The longest line a file may have, in kilobytes; a longer one refuses the file before it is read.</summary>
    public int MaxLineKilobytes { get; set; } = ReadLimits.DefaultMaxLineBytes / 1024;

    /// <summary>The most columns a row may have; a header with more refuses the file before its columns are matched.</summary>
    public int MaxColumns { get; set; } = ReadLimits.DefaultMaxColumns;

    /// <summary>How many of an import's problems are stored and shown; the rest are counted.</summary>
    public int MaxStoredProblems { get; set; } = ProblemLimits.DefaultKept;

    /// <summary>How many characters of each problem's cell value are stored and shown.</summary>
    public int MaxProblemValueLength { get; set; } = ProblemLimits.DefaultValueLength;

    public ReadLimits ReadLimits =>
        new(MaxLineKilobytes * 1024, MaxColumns, $"{Section}:{nameof(MaxLineKilobytes)}", $"{Section}:{nameof(MaxColumns)}");

    public ProblemLimits ProblemLimits => new(MaxStoredProblems, MaxProblemValueLength);

    /// <summary>Why an import whose stored file was deleted cannot run again, and what to do instead.</summary>
    public string FileDeletedMessage =>
        $"This import cannot run again: its file was deleted {KeepUploadsDays} days after the import finished, as uploads hold pupil data. Upload the file again.";
}
