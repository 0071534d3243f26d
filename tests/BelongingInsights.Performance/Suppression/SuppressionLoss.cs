using System.Globalization;
using BelongingInsights.Performance.Peers;
using DuckDB.NET.Data;

namespace BelongingInsights.Performance.Suppression;

/// <summary>
/// What small-number suppression costs one mart: its cells, those hidden because they are small (primary) and as
/// complements (secondary), the share of cells at or above the threshold that are hidden, overall and across all
/// schools, and the all-schools cells of a breakdown by one or two groups hidden although their own table (same
/// partition, same groups) holds no small cell. Read from the shared suppression cells the marts are built from.
/// </summary>
public sealed record SuppressionLoss(string Mart, long Cells, long Small, long Complements, long Large, long LargeHidden,
    long AllSchoolsLarge, long AllSchoolsLargeHidden, long HeadlineHidden, int Passes)
{
    public double LargeHiddenShare => Large == 0 ? 0 : (double)LargeHidden / Large;

    public double AllSchoolsLargeHiddenShare => AllSchoolsLarge == 0 ? 0 : (double)AllSchoolsLargeHidden / AllSchoolsLarge;

    public const string Header =
        "| mart | cells | small | complements | cells ≥ threshold hidden | all schools: cells ≥ threshold hidden | headline hidden, no small cell in its table | passes |";

    public static IReadOnlyList<SuppressionLoss> Of(DuckDBConnection connection, int threshold)
    {
        using var command = connection.CreateCommand();
        command.CommandText = EmbeddedSql.Get("Suppression/suppression_loss.sql");
        command.Parameters.Add(new DuckDBParameter("threshold", threshold));
        using var reader = command.ExecuteReader();
        var rows = new List<SuppressionLoss>();
        while (reader.Read())
            rows.Add(new SuppressionLoss(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt32(9)));
        return rows;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Mart} | {Cells:N0} | {Small:N0} | {Complements:N0} | {LargeHidden:N0} of {Large:N0} ({LargeHiddenShare:P1}) | {AllSchoolsLargeHidden:N0} of {AllSchoolsLarge:N0} ({AllSchoolsLargeHiddenShare:P1}) | {HeadlineHidden:N0} | {Passes} |");
}
