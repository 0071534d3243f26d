using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Census.CensusLayouts;

namespace BelongingInsights.Etl.Census;

/// <summary>Reads and validates pupil characteristics; names and dates of birth are never read.</summary>
public static class CensusReader
{
    public static IEnumerable<CensusRecord> Read(ExportTable table, ImportContext context, ProblemLog problems) =>
        ValidRows.HaveSchool(table, SchoolUrn, context, problems)
            ? ValidRows.Distinct(table, problems, row => Validate(row, context, problems), r => (r.PupilKey, r.SchoolUrn, r.EffectiveDate),
                PupilUpn, "The same pupil already appears at row {0}.")
            : [];

    private static CensusRecord? Validate(ExportRow row, ImportContext context, ProblemLog problems)
    {
        var before = problems.QuarantinedRows;
        var upn = Upn.Check(row.Get(PupilUpn));
        if (!upn.IsValid)
            problems.Reject(row.Line, PupilUpn.Name, null, $"The UPN is not valid: it {upn.Error}.");
        else if (upn.IsTemporary)
            problems.Warn(row.Line, PupilUpn.Name, null, "This is a temporary UPN; replace it with the real one when it arrives.");
        var urn = Fields.Urn(row, SchoolUrn, context, problems);
        var effective = row.Get(EffectiveDate).Length == 0 ? context.ReceivedOn : Fields.Date(row, EffectiveDate, problems);

        var gender = CensusCodes.Gender(row.Get(Gender));
        if (gender is null)
            problems.Reject(row.Line, Gender.Name, row.Get(Gender), "Expected M, F or U (unknown).");
        var year = CensusCodes.NcYear(row.Get(NcYear));
        if (year is null)
            problems.Reject(row.Line, NcYear.Name, row.Get(NcYear), "Not a national curriculum year: expected E1, E2, N1, N2, R, 1 to 14 or X.");
        var sen = CensusCodes.SenProvision(row.Get(Sen));
        if (sen is null)
            problems.Reject(row.Line, Sen.Name, row.Get(Sen), "Expected a SEN provision code: N (none), K (SEN support) or E (EHC plan).");
        else if (sen.Value.Legacy)
            problems.Warn(row.Line, Sen.Name, row.Get(Sen), $"A pre-2014 SEN code, counted as {sen.Value.Code}.");
        var fsm = Fields.Flag(row, Fsm, problems);
        var disadvantaged = Fields.Flag(row, Disadvantaged, problems);
        var language = CensusCodes.FirstLanguage(row.Get(FirstLanguage));
        if (language is null && row.Get(FirstLanguage).Length > 0)
            problems.Reject(row.Line, FirstLanguage.Name, row.Get(FirstLanguage), "Expected a first-language code such as ENG, ENB, OTH, OTB, NOT or REF.");
        var ethnicity = row.Get(Ethnicity).ToUpperInvariant();
        var major = CensusCodes.EthnicMajorGroup(ethnicity);
        if (major is null)
            problems.Reject(row.Line, Ethnicity.Name, row.Get(Ethnicity), "Not a census ethnicity code (such as WBRI, MWBC, AIND, BAFR, CHNE, OOTH, REFU).");
        var admitted = row.Get(AdmissionDate).Length == 0 ? null : Fields.Date(row, AdmissionDate, problems);
        var left = row.Get(LeavingDate).Length == 0 ? null : Fields.Date(row, LeavingDate, problems);
        if (admitted is { } a && left is { } l && l < a)
            problems.Reject(row.Line, LeavingDate.Name, row.Get(LeavingDate), "The pupil leaves before they were admitted.");

        if (problems.QuarantinedRows != before)
            return null;
        return new CensusRecord(
            row.Line, context.Pseudonymiser.PupilKey(upn.Normalised), urn!.Value, effective!.Value, gender, year,
            sen!.Value.Code, sen.Value.Legacy, fsm, disadvantaged, language?.Code, language?.Eal,
            ethnicity.Length == 0 ? null : ethnicity, major!, admitted, left,
            left is null ? null : CensusCodes.Destination(row.Get(Destination)));
    }
}
