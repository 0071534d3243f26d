namespace BelongingInsights.Etl.Common;

/// <summary>How many of a file's problems are kept, and how much of each problem's value.</summary>
public sealed record ProblemLimits(int Kept, int ValueLength)
{
    public const int DefaultKept = 1000;
    public const int DefaultValueLength = 200;

    public static readonly ProblemLimits Default = new(DefaultKept, DefaultValueLength);

    /// <summary>The value cut to <see cref="ValueLength"/> characters, marked with an ellipsis where it was cut.</summary>
    public string? Cut(string? value) =>
        value is null || value.Length <= ValueLength ? value : string.Concat(value.AsSpan(0, ValueLength), "…");
}
