namespace BelongingInsights.Warehouse.Queries;

/// <summary>Why a mart hides a figure: it counts too few pupils, or it was hidden so a smaller group beside it cannot be worked out.</summary>
public enum SuppressionReason
{
    Small,
    Complement,
}

public static class SuppressionReasons
{
    /// <summary>The reason a mart's <c>suppression_reason</c> column gives (<c>small</c> or <c>complement</c>); null for a shown row.</summary>
    public static SuppressionReason? Parse(string? column) => column switch
    {
        "small" => SuppressionReason.Small,
        "complement" => SuppressionReason.Complement,
        null => null,
        _ => throw new InvalidOperationException($"Unknown suppression reason '{column}'."),
    };
}
