namespace BelongingInsights.Etl.Demo;

/// <summary>
/// The ten demonstration schools: two academy trusts (one per fictional local authority) and one maintained special
/// school, with primary, secondary, special and alternative provision sized as English schools usually are.
/// </summary>
public static class DemoSchools
{
    public const string LearningTrust = "Demo Learning Trust";
    public const string StarTrust = "Northern Star Academies";

    public static readonly IReadOnlyList<DemoSchool> All =
    [
        new(900101, "Riverside Primary (demo)", 901, "Demo Borough", 2101, "Academy converter", "Primary", LearningTrust, DemoPhase.Primary, 0, 6, 45, -0.10, 0.10, false),
        new(900102, "Hillcrest Academy (demo)", 901, "Demo Borough", 4102, "Academy sponsor led", "Secondary", LearningTrust, DemoPhase.Secondary, 7, 11, 140, 0.12, -0.10, true),
        new(900105, "Brookfield Primary (demo)", 901, "Demo Borough", 2105, "Academy converter", "Primary", LearningTrust, DemoPhase.Primary, 0, 6, 30, 0.05, 0.00, false),
        new(900106, "Kingsway Primary (demo)", 901, "Demo Borough", 2106, "Academy sponsor led", "Primary", LearningTrust, DemoPhase.Primary, 0, 6, 30, 0.15, -0.05, false),
        new(900107, "The Bridge Academy (demo)", 901, "Demo Borough", 1107, "Academy alternative provision sponsor led", "Not applicable", LearningTrust, DemoPhase.AlternativeProvision, 7, 11, 10, 0.00, 0.00, false),
        new(900104, "Northgate High (demo)", 902, "Demo County", 4104, "Academy converter", "Secondary", StarTrust, DemoPhase.Secondary, 7, 11, 160, -0.08, 0.05, false),
        new(900108, "Castle View Academy (demo)", 902, "Demo County", 4108, "Academy converter", "Secondary", StarTrust, DemoPhase.Secondary, 7, 11, 120, 0.00, 0.00, true),
        new(900109, "Ashworth Primary (demo)", 902, "Demo County", 2109, "Academy converter", "Primary", StarTrust, DemoPhase.Primary, 0, 6, 30, -0.05, 0.05, false),
        new(900110, "Willow Bank Primary (demo)", 902, "Demo County", 2110, "Academy sponsor led", "Primary", StarTrust, DemoPhase.Primary, 0, 6, 30, 0.08, -0.05, false),
        new(900103, "Meadow Lane School (demo)", 902, "Demo County", 7103, "Community special school", "Not applicable", "", DemoPhase.Special, 1, 11, 10, 0.00, 0.00, false),
    ];
}
