namespace BelongingInsights.Etl.Common;

/// <summary>Yes/no cells as MIS exports write them: Y/N, Yes/No, True/False, T/F, 1/0.</summary>
public static class Flags
{
    public static bool? Parse(string text) => HeaderName.Normalise(text) switch
    {
        "y" or "yes" or "true" or "t" or "1" => true,
        "n" or "no" or "false" or "f" or "0" => false,
        _ => null,
    };
}
