namespace BelongingInsights.Etl.Behaviour;

/// <summary>One behaviour incident of one pupil at one school, already pseudonymised; points as the MIS exported them.</summary>
public sealed record BehaviourRecord(
    int Line,
    string PupilKey,
    int SchoolUrn,
    DateOnly IncidentDate,
    string IncidentType,
    int? Points,
    string? Location,
    string? ActionTaken);
