using System.Globalization;
using System.Text;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// The demonstration schools as a Get Information About Schools download: fictional local authorities, establishment
/// types and phases (GIAS gives special and alternative provision the phase "Not applicable"), and each academy's trust.
/// </summary>
public static class DemoSchoolListExport
{
    public static string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var csv = new StringBuilder("URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),Trusts (name)\n");
        foreach (var s in DemoSchools.All)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{s.Urn},{s.LaCode},{s.LaName},{s.Estab},{s.Name},{s.Type},Open,{s.GiasPhase},{s.Trust}\n");
        }
        var path = Path.Combine(directory, "schools.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
