using BelongingInsights.Etl.Behaviour;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

public sealed class BehaviourReaderTests
{
    private static (List<BehaviourRecord> Records, ProblemLog Problems) Read(string name, int? schoolUrn = null)
    {
        var problems = new ProblemLog(name);
        using var table = ExportTable.Open(SampleFiles.PathOf("behaviour", name), ExportKinds.Layouts, problems)!;
        Assert.Equal(ExportKind.Behaviour, table.Layout.Kind);
        var context = new ImportContext(name, schoolUrn, SampleReads.Pseudonymiser) { ReceivedOn = new DateOnly(2025, 2, 1) };
        return (BehaviourReader.Read(table, context, problems).ToList(), problems);
    }

    private static List<(int, string, string?, string)> Errors(ProblemLog problems) =>
        [.. problems.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => (p.Line, p.Column, p.Value, p.Message))];

    [Fact]
    public void Sims_incidents_below_a_title_block_load_for_the_chosen_school_with_their_times_and_without_comments_or_staff()
    {
        var (records, problems) = Read("sims-behaviour.csv", schoolUrn: 100001);

        Assert.Equal([4, 5, 6], records.Select(r => r.Line));
        Assert.Equal((100001, new DateOnly(2024, 9, 9), new TimeOnly(10, 15), "Disruption in lesson", 2, "Classroom", "Detention"),
            (records[0].SchoolUrn, records[0].IncidentDate, records[0].IncidentTime!.Value, records[0].IncidentType, records[0].Points!.Value, records[0].Location, records[0].ActionTaken));
        Assert.Equal(new TimeOnly(14, 5), records[1].IncidentTime);
        Assert.DoesNotContain(records, r => r.ToString().Contains("Patel", StringComparison.Ordinal) || r.ToString().Contains("Shouted", StringComparison.Ordinal));
        Assert.Equal(
            [
                (7, "UPN", null, "The UPN is not valid: it has a check letter that does not match its digits."),
                (8, "Points", "two", "Not a whole number of points."),
            ],
            Errors(problems));
    }

    [Fact]
    public void Arbor_negative_points_and_iso_dates_are_read_and_an_incident_after_the_file_was_received_is_held_back()
    {
        var (records, problems) = Read("arbor-behaviour.csv");

        Assert.Equal([(-1, "Verbal warning"), (-5, "Internal exclusion")], records.Select(r => (r.Points!.Value, r.ActionTaken!)));
        Assert.Equal([(4, "Incident date", "2025-03-01", "The date is after the file was received.")], Errors(problems));
    }

    [Fact]
    public void Bromcom_event_columns_are_recognised_and_impossible_or_implausible_dates_and_empty_types_are_held_back()
    {
        var (records, problems) = Read("bromcom-behaviour.csv", schoolUrn: 100001);

        Assert.Equal(("Homework not done", "Home", "Detention"), (records.Single().IncidentType, records.Single().Location, records.Single().ActionTaken));
        Assert.Equal(
            [
                (3, "Incident date", "31/09/2024", "Not a date: use dd/mm/yyyy or yyyy-mm-dd."),
                (4, "Incident date", "15/10/1999", "The date is before September 2000."),
                (5, "Incident type", null, "The incident type is empty."),
            ],
            Errors(problems));
    }

    [Fact]
    public void A_generic_export_holds_back_a_duplicate_incident_however_it_is_capitalised_a_short_urn_and_fractional_points()
    {
        var (records, problems) = Read("generic-behaviour.csv");

        Assert.Single(records);
        Assert.Equal(
            [
                (3, "UPN", null, "The same pupil, date and time, incident type, location and action already appear at row 2."),
                (4, "URN", "10001", "A URN is a 6-digit number."),
                (5, "Points", "2.5", "Not a whole number of points."),
            ],
            Errors(problems));
    }
}
