namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Writes every demonstration export, in the order an import should take them: the school list first, then the
/// pupils, and the surveys last with the pupils' questionnaire at the very end, because the survey marts cost the
/// most to refresh and every import refreshes the marts it touched.
/// </summary>
public static class DemoExports
{
    public static IReadOnlyList<string> Write(string directory) =>
    [
        DemoSchoolListExport.Write(directory), DemoBenchmarkExport.Write(directory), DemoAuditExport.Write(directory),
        .. DemoCensusExports.Write(directory), DemoAttendanceExport.Write(directory), .. DemoIncidentExports.Write(directory),
        .. DemoSurveyExports.Write(directory).Reverse(),
    ];
}
