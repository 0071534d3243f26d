namespace BelongingInsights.Etl.Survey;

/// <summary>An answer on a scale: its value (1 lowest) and whether it is positive for an item that is not reverse coded.</summary>
public sealed record ScaleAnswer(int Value, bool Positive);
