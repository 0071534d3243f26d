namespace BelongingInsights.Performance.Suppression;

/// <summary>
/// One published figure the audit reads: its partition (cells add up within one only), school (null across schools),
/// groups (null = all), trust and phase, count (null when hidden) and the reason it is hidden. A linked cell is another
/// mart's figure for the same pupils as the audited mart's cell with the same partition, school and groups.
/// </summary>
public sealed record AuditCell(bool Linked, string Partition, string? Urn, string?[] Dims, string? Trust, string? Phase, long? N, string? Reason)
{
    public bool Hidden => N is null;

    public bool Small => Reason == "small";

    public override string ToString() =>
        $"{Partition} {Urn ?? "all schools"} {string.Join(' ', Dims.Select(d => d ?? "*"))} {Trust ?? "*"} {Phase ?? "*"}{(Linked ? " (linked)" : "")}";
}
