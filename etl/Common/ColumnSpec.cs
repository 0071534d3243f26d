namespace BelongingInsights.Etl.Common;

/// <summary>A canonical column of an export kind and the header names MIS exports use for it.</summary>
public sealed record ColumnSpec(string Name, bool Required, params string[] Aliases)
{
    /// <summary>
    /// Also matches a header that merely contains the name, for survey items whose column a form tool prefixes
    /// with numbering or a grid question ("3. How often... [I feel safe at school]").
    /// </summary>
    public bool Loose { get; init; }

    public bool Matches(string normalisedHeader) =>
        HeaderName.Normalise(Name) == normalisedHeader
        || Aliases.Any(alias => HeaderName.Normalise(alias) == normalisedHeader)
        || (Loose && normalisedHeader.Contains(HeaderName.Normalise(Name), StringComparison.Ordinal));
}
