namespace BelongingInsights.Etl.Demo;

/// <summary>
/// England's national rows of the DfE pupil attendance release for 2024/25 (year to date, published figures),
/// written as that release lays them out, so the demonstration has a real benchmark beside its fictional schools.
/// </summary>
public static class DemoBenchmarkExport
{
    private const string Release = """
        time_period,time_identifier,geographic_level,country_code,country_name,school_type,enrolments,possible_sessions,overall_attendance,approved_educational_activity,overall_absence,authorised_absence,unauthorised_absence,attendance_perc,overall_absence_perc,authorised_absence_perc,unauthorised_absence_perc,pa_perc
        202425,Academic year,National,E92000001,England,Primary,3698959.0212766,1348359082,1277606504,14030956,70752578,50435461,20317117,94.7526902184651,5.24730978153489,3.74050664050038,1.5068031410345,13.5046937110547
        202425,Academic year,National,E92000001,England,Secondary,3066872.79255319,1106970367,1011832051,18308935,95138316,58658349,36479967,91.405522782165,8.59447721783505,5.29899902912216,3.29547818871289,24.3179755039031
        202425,Academic year,National,E92000001,England,Special,138860.154255319,50470125,43968418,815518,6501707,4799324,1702383,87.1177117155941,12.8822882844059,9.50923739538985,3.37305088901603,35.7989559080085
        202425,Academic year,National,E92000001,England,Total,6904691.96808511,2505799574,2333406973,33155409,172392601,113893134,58499467,93.1298083791604,6.87019162083959,4.54059109959629,2.3296005212433,18.699933234567

        """;

    public static string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "dfe-attendance-england-2024-25.csv");
        File.WriteAllText(path, Release);
        return path;
    }
}
