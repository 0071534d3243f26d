using System.Globalization;
using System.Text;
using BelongingInsights.Etl.Common;
using BelongingInsights.Etl.Survey;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// The exports of a small programme: two trusts of two schools each and a maintained school in no trust, with names no
/// page prints for any other reason, so a test can tell from a page's HTML whose data it holds. Every file holds rows
/// for all five schools (a URN column per row), as a programme's evaluator would send them.
/// </summary>
public static class TwoTrustsFiles
{
    public const string Kestrel = "Kestrel Learning Trust";
    public const string Heron = "Heron Schools Trust";
    public const int PupilsPerSchool = 12;
    public const string Instrument = "pisa-belonging";

    public sealed record School(int Urn, string Name, string Trust);

    public static readonly School Amberfield = new(140001, "Amberfield Primary", Kestrel);
    public static readonly School Bramblewood = new(140002, "Bramblewood Academy", Kestrel);
    public static readonly School Cinderford = new(140003, "Cinderford Vale Primary", Heron);
    public static readonly School Dunmore = new(140004, "Dunmore Park Academy", Heron);
    public static readonly School Elmstead = new(140005, "Elmstead Community School", "");

    public static readonly IReadOnlyList<School> Schools = [Amberfield, Bramblewood, Cinderford, Dunmore, Elmstead];

    public static readonly IReadOnlyList<string> Trusts = [Kestrel, Heron];

    /// <summary>The local authority each school is in: the Heron trust's schools in Otherborough (LA 203), the others in Testshire (LA 202).</summary>
    public static (int Code, string Name) LocalAuthority(School school) => school.Trust == Heron ? (203, "Otherborough") : (202, "Testshire");

    public static string SchoolList() =>
        "URN,LAESTAB,School name,Phase,Trust,Local authority\n"
        + string.Concat(Schools.Select(s => $"{s.Urn},{LocalAuthority(s).Code * 10000 + s.Urn % 1000},{s.Name},primary,{s.Trust},{LocalAuthority(s).Name}\n"));

    /// <summary>
    /// A DfE exclusions release in the current Explore Education Statistics layout for 2024/25, all pupils: England, the
    /// two local authorities the schools are in, and one none is in (figures made up, each rate its counts' own).
    /// </summary>
    public static string DfeExclusions() =>
        "time_period,time_identifier,geographic_level,country_code,country_name,old_la_code,la_name,education_phase,"
        + "headcount,suspension,susp_rate,one_plus_susp,one_plus_susp_rate,perm_excl,perm_excl_rate\n"
        + "202425,Academic year,National,E92000001,England,,,Total,\"8,000,000\",\"800,000\",10,\"300,000\",3.75,\"8,000\",0.1\n"
        + "202425,Academic year,Local authority,E92000001,England,202,Testshire,Total,\"20,000\",\"1,500\",7.5,600,3,20,0.1\n"
        + "202425,Academic year,Local authority,E92000001,England,203,Otherborough,Total,\"10,000\",\"1,200\",12,500,5,10,0.1\n"
        + "202425,Academic year,Local authority,E92000001,England,204,Elsewhere,Total,\"10,000\",500,5,200,2,10,0.1\n";

    /// <summary>Autumn term 2024 attendance of each school's pupils 1 to <see cref="PupilsPerSchool"/>.</summary>
    public static string Attendance() => Attendance(Schools.Select(s => (s, 1, PupilsPerSchool)), "02/09/2024", "20/12/2024");

    /// <summary>One row per pupil numbered from <c>First</c> at each school, all for one period.</summary>
    public static string Attendance(IEnumerable<(School School, int First, int Pupils)> rows, string start, string end)
    {
        var csv = new StringBuilder("UPN,URN,School Name,Start Date,End Date,Possible Sessions,Present,AEA,Authorised Absence,Unauthorised Absence\n");
        foreach (var (school, first, pupils) in rows)
        {
            for (var pupil = first; pupil < first + pupils; pupil++)
                csv.Append($"{PupilUpn(school, pupil)},{school.Urn},{school.Name},{start},{end},144,{130 - pupil % 7},0,{10 + pupil % 7},4\n");
        }
        return csv.ToString();
    }

    /// <summary>Two suspended pupils at each school in the autumn term.</summary>
    public static string Suspensions() =>
        "UPN,URN,Start Date,Category,Sessions,Reason 1\n"
        + string.Concat(Schools.SelectMany(s => new[] { 2, 5 }.Select(pupil => $"{PupilUpn(s, pupil)},{s.Urn},07/10/2024,Suspension,2,PP\n")));

    public static string Audit() =>
        "URN,Round,Area,Item,Rating,Evidence,Chosen action\n"
        + string.Concat(Schools.Select(s => $"{s.Urn},baseline,Creating an inclusive culture,A,Fully met,Seen on a learning walk,\n"));

    /// <summary>
    /// Every pupil of every school answering each item with <paramref name="score"/> (1 to 4, higher is more belonging;
    /// written as the raw code, so reverse-coded items are turned round).
    /// </summary>
    public static string Survey(Func<int, int> score, string completed)
    {
        var items = SurveyInstruments.ByCode(Instrument).Items;
        var csv = new StringBuilder("UPN,URN,Completion time");
        foreach (var item in items)
            csv.Append(",\"").Append(item.Text).Append('"');
        csv.Append('\n');
        foreach (var school in Schools)
        {
            for (var pupil = 1; pupil <= PupilsPerSchool; pupil++)
            {
                csv.Append(PupilUpn(school, pupil)).Append(',').Append(school.Urn).Append(',').Append(completed);
                foreach (var item in items)
                    csv.Append(',').Append((item.ReverseCoded ? 5 - score(pupil) : score(pupil)).ToString(CultureInfo.InvariantCulture));
                csv.Append('\n');
            }
        }
        return csv.ToString();
    }

    /// <summary>A valid UPN for a school's pupil: the URN's last three digits, then the pupil's number.</summary>
    public static string PupilUpn(School school, int pupil) => TestUpn.Of($"{school.Urn % 1000:000}{pupil:000000000}");
}
