namespace BelongingInsights.Etl.Common;

/// <summary>
/// Dates of events a school records (incidents, suspensions): a readable date, no earlier than the warehouse's
/// calendar (September 2000) and no later than the file allows (received date plus <c>daysAhead</c>).
/// </summary>
public static class EventDates
{
    private static readonly DateOnly Earliest = new(2000, 9, 1);

    public static DateOnly? Plausible(ExportRow row, ColumnSpec column, ImportContext context, int daysAhead, ProblemLog problems)
    {
        if (Fields.Date(row, column, problems) is not { } date)
            return null;
        if (date < Earliest)
        {
            problems.Reject(row.Line, column.Name, row.Get(column), "The date is before September 2000.");
            return null;
        }
        if (date > context.ReceivedOn.AddDays(daysAhead))
        {
            problems.Reject(row.Line, column.Name, row.Get(column), daysAhead == 0
                ? "The date is after the file was received."
                : $"The date is more than {daysAhead} days after the file was received.");
            return null;
        }
        return date;
    }
}
