using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Schools;

/// <summary>
/// The columns of a school list and the names a Get Information About Schools download, an MIS (SIMS, Arbor) or a
/// hand-made list give them. A GIAS download has no LAESTAB column: it comes from the LA code and establishment number.
/// </summary>
public static class SchoolLayouts
{
    public static readonly ColumnSpec Urn = new("URN", true, "School URN", "Establishment URN", "Unique reference number");
    public static readonly ColumnSpec Laestab = new("LAESTAB", false, "DfE number", "DfE no", "LA/Estab", "LA Estab", "LA Estab number", "School LAESTAB", "DfE establishment number");
    public static readonly ColumnSpec LaCode = new("LA code", false, "LA (code)", "LA number", "Local authority code", "Old LA code", "LEA code");
    public static readonly ColumnSpec EstablishmentNumber = new("Establishment number", false, "EstablishmentNumber", "Estab", "Estab number");
    public static readonly ColumnSpec Name = new("School name", true, "EstablishmentName", "Establishment name", "School");
    public static readonly ColumnSpec Phase = new("Phase", true, "PhaseOfEducation (name)", "Phase of education", "School phase", "Education phase", "Phase name", "Sector");
    public static readonly ColumnSpec EstablishmentType = new("Establishment type", false, "TypeOfEstablishment (name)", "Type of establishment", "School type", "Type");
    public static readonly ColumnSpec Trust = new("Trust", false, "Trusts (name)", "Trust name", "Academy trust", "Multi-academy trust", "MAT");
    public static readonly ColumnSpec LocalAuthority = new("Local authority", false, "LA (name)", "LA name", "Local authority name", "LA", "Authority");

    public static readonly ExportLayout Standard = new(
        ExportKind.Schools,
        "standard",
        [Urn, Laestab, LaCode, EstablishmentNumber, Name, Phase, EstablishmentType, Trust, LocalAuthority]);

    public static IReadOnlyList<ExportLayout> All { get; } = [Standard];
}
