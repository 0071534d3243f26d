namespace BelongingInsights.Etl.Demo;

/// <summary>The kinds of school the demonstration holds; each has its own attendance, behaviour and survey levels.</summary>
public enum DemoPhase
{
    Primary,
    Secondary,
    Special,
    AlternativeProvision,
}
