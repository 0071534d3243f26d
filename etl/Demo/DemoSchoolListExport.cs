using System.Globalization;
using System.Text;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// The demonstration schools as a Get Information About Schools download: fictional local authorities, phases, and
/// the Demo Learning Trust for all but the special school, which GIAS gives the phase "Not applicable".
/// </summary>
public static class DemoSchoolListExport
{
    private static readonly Dictionary<int, (string Type, string Phase, string Trust)> Details = new()
    {
        [900101] = ("Academy converter", "Primary", "Demo Learning Trust"),
        [900102] = ("Academy sponsor led", "Secondary", "Demo Learning Trust"),
        [900103] = ("Community special school", "Not applicable", ""),
        [900104] = ("Academy converter", "Secondary", "Demo Learning Trust"),
    };

    public static string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var csv = new StringBuilder("URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),Trusts (name)\n");
        foreach (var school in DemoSchoolExports.Schools)
        {
            var (type, phase, trust) = Details[school.Urn];
            var authority = school.LaCode == 901 ? "Demo Borough" : "Demo County";
            csv.Append(CultureInfo.InvariantCulture,
                $"{school.Urn},{school.LaCode},{authority},{school.Estab},{school.Name},{type},Open,{phase},{trust}\n");
        }
        var path = Path.Combine(directory, "schools.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
