namespace BelongingInsights.Etl.Behaviour;

/// <summary>
/// One behaviour incident of one pupil at one school, already pseudonymised; the time of day when the export gives
/// one, and points as the MIS exported them.
/// </summary>
public sealed record BehaviourRecord(
    int Line,
    string PupilKey,
    int SchoolUrn,
    DateOnly IncidentDate,
    TimeOnly? IncidentTime,
    string IncidentType,
    int? Points,
    string? Location,
    string? ActionTaken);
