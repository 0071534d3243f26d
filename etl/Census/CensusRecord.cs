namespace BelongingInsights.Etl.Census;

/// <summary>One pupil's characteristics at one school as of one date, already pseudonymised. No name or date of birth.</summary>
public sealed record CensusRecord(
    int Line,
    string PupilKey,
    int SchoolUrn,
    DateOnly EffectiveDate,
    string? Gender,
    string? NcYear,
    string SenProvision,
    bool SenLegacy,
    bool? FsmEligible,
    bool? Disadvantaged,
    string? FirstLanguage,
    bool? Eal,
    string? EthnicityCode,
    string EthnicityMajorGroup,
    DateOnly? AdmissionDate,
    DateOnly? LeavingDate,
    string? Destination);
