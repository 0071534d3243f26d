namespace BelongingInsights.Etl.Demo;

/// <summary>Generates a demonstration school's pupils, seeded by its URN so every run gives the same pupils.</summary>
public static class DemoPupils
{
    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "ABAN", "BAFR", "BCRB", "CHNE", "OOTH"];

    public static IReadOnlyList<DemoPupil> For(DemoSchool school)
    {
        var random = new Random(school.Urn);
        var secondary = school.Name.Contains("High", StringComparison.Ordinal) || school.Name.Contains("Academy", StringComparison.Ordinal);
        return [.. Enumerable.Range(1, school.Pupils).Select(pupil =>
        {
            var sen = random.NextDouble() switch { < 0.03 => "E", < 0.16 => "K", _ => "N" };
            var fsm = random.NextDouble() < 0.25;
            var absence = school.BaseAbsence * (0.3 + 1.4 * random.NextDouble())
                + (sen != "N" ? 0.03 : 0) + (fsm ? 0.025 : 0) + (random.NextDouble() < 0.08 ? 0.15 : 0);
            return new DemoPupil(
                DemoSchoolExports.DemoUpn(school, pupil),
                random.NextDouble() < 0.5 ? "F" : "M",
                secondary ? random.Next(7, 12).ToString(System.Globalization.CultureInfo.InvariantCulture) : random.Next(0, 7) is 0 ? "R" : random.Next(1, 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
                sen,
                fsm,
                fsm || random.NextDouble() < 0.08,
                random.NextDouble() < 0.2 ? "OTH" : "ENG",
                Ethnicities[random.Next(Ethnicities.Length)],
                absence);
        })];
    }
}
