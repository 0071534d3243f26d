namespace BelongingInsights.Etl.Common;

public enum ProblemSeverity
{
    /// <summary>The row loads, but something about it deserves a look.</summary>
    Warning,

    /// <summary>The row is quarantined and does not load.</summary>
    Error,

    /// <summary>The whole file is refused.</summary>
    Fatal,
}
