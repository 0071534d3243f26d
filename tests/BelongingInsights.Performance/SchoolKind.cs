namespace BelongingInsights.Performance;

/// <summary>
/// A kind of school: its roll, its year groups, and the share of its pupils who are boys, on SEN support, with an EHC
/// plan (of those not on SEN support), eligible for free school meals, with English as an additional language, White
/// British (the rest spread over the other ethnic groups), who leave during the year, and who are suspended; and how
/// a school list (Get Information About Schools) names its phase and type.
/// </summary>
public sealed record SchoolKind(
    string Phase, string Type, int Pupils, int FirstYear, int LastYear, double Boys, double Support, double EhcPlan, double Fsm, double Eal, double WhiteBritish, double Leavers, double Suspended)
{
    public int YearOf(int place) => FirstYear + place % (LastYear - FirstYear + 1);
}
