namespace BelongingInsights.Warehouse.Queries;

public sealed record SurveyInstrumentName(string Code, string Name);
