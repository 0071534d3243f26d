using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Census;

/// <summary>The columns of a pupil characteristics (census-like) export and the names SIMS, Arbor, Bromcom and generic exports give them.</summary>
public static class CensusLayouts
{
    public static readonly ColumnSpec PupilUpn = new("UPN", true, "Unique Pupil Number", "Pupil UPN", "Student UPN");
    public static readonly ColumnSpec SchoolUrn = new("URN", false, "School URN", "Establishment URN");
    public static readonly ColumnSpec EffectiveDate = new("Census date", false, "Effective date", "As at", "As at date", "Snapshot date");
    public static readonly ColumnSpec Gender = new("Gender", true, "Sex", "Legal sex");
    public static readonly ColumnSpec NcYear = new("NC year", true, "Year", "Year group", "National curriculum year", "NCY", "Curriculum year");
    public static readonly ColumnSpec Sen = new("SEN provision", true, "SEN", "SEN status", "SEND", "SEN need", "SEN stage");
    public static readonly ColumnSpec Fsm = new("FSM eligible", false, "FSM", "Free school meals", "FSM eligibility", "Eligible for FSM");
    public static readonly ColumnSpec Disadvantaged = new("Disadvantaged", false, "FSM6", "Ever 6 FSM", "Ever6 FSM", "Pupil premium", "PP");
    public static readonly ColumnSpec FirstLanguage = new("First language", false, "Language", "Home language", "EAL");
    public static readonly ColumnSpec Ethnicity = new("Ethnicity", false, "Ethnic code", "Ethnicity code", "Ethnic group", "Ethnicity (code)");
    public static readonly ColumnSpec AdmissionDate = new("Admission date", false, "Date of admission", "Entry date", "Date of entry");
    public static readonly ColumnSpec LeavingDate = new("Leaving date", false, "Date of leaving", "Leave date", "Left date");
    public static readonly ColumnSpec Destination = new("Destination", false, "Leaving destination", "Reason for leaving", "Leaving reason", "Destination school type");

    public static readonly ExportLayout Standard = new(
        ExportKind.Census,
        "standard",
        [PupilUpn, SchoolUrn, EffectiveDate, Gender, NcYear, Sen, Fsm, Disadvantaged, FirstLanguage, Ethnicity, AdmissionDate, LeavingDate, Destination]);

    public static IReadOnlyList<ExportLayout> All { get; } = [Standard];
}
