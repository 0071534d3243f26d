namespace BelongingInsights.Etl.Common;

/// <summary>A canonical column of an export kind and the header names MIS exports use for it.</summary>
public sealed record ColumnSpec(string Name, bool Required, params string[] Aliases)
{
    public bool Matches(string normalisedHeader) =>
        HeaderName.Normalise(Name) == normalisedHeader
        || Aliases.Any(alias => HeaderName.Normalise(alias) == normalisedHeader);
}
