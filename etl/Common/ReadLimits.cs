namespace BelongingInsights.Etl.Common;

/// <summary>
/// How much one file may ask of the reader, so a damaged or hostile file is refused early rather than holding the
/// worker or its memory: the longest line in bytes and the most columns a row may have. The setting names are given
/// in the refusal, so an administrator knows what to raise for a genuine file.
/// </summary>
public sealed record ReadLimits(int MaxLineBytes, int MaxColumns, string LineSetting, string ColumnSetting)
{
    public const int DefaultMaxLineBytes = 1024 * 1024;
    public const int DefaultMaxColumns = 5000;

    public static readonly ReadLimits Default =
        new(DefaultMaxLineBytes, DefaultMaxColumns, "Imports:MaxLineKilobytes", "Imports:MaxColumns");
}
