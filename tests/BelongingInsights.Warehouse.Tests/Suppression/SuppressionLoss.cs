using System.Globalization;

namespace BelongingInsights.Warehouse.Tests.Suppression;

/// <summary>
/// What small-number suppression costs one mart: its cells, those hidden because they are small (primary) and as
/// complements (secondary), the share of cells at or above the threshold that are hidden, and the all-schools cells of
/// a breakdown by one or two groups hidden although their own table (same partition, same groups) holds no small cell.
/// Read from the shared suppression cells the marts are built from.
/// </summary>
public sealed record SuppressionLoss(string Mart, long Cells, long Small, long Complements, long Large, long LargeHidden, long HeadlineHidden, int Passes)
{
    public double LargeHiddenShare => Large == 0 ? 0 : (double)LargeHidden / Large;

    public static IReadOnlyList<SuppressionLoss> Of(WarehouseHarness warehouse, int threshold)
    {
        using var connection = warehouse.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            with cells as (
                select
                    mart,
                    partition_key,
                    list_transform(dims, v -> v is null) as table_key,
                    dims[1] is null and len(list_filter(dims[2:], v -> v is not null)) between 1 and 2 as headline,
                    n,
                    suppressed and hidden_pass is null as small,
                    suppressed and hidden_pass is not null as complement,
                    hidden_pass
                from work_suppression_cell
            ),
            tables as (
                select mart, partition_key, table_key, bool_or(small) as has_small
                from cells
                group by all
            )
            select
                c.mart,
                count(*),
                count(*) filter (where c.small),
                count(*) filter (where c.complement),
                count(*) filter (where c.n >= {threshold}),
                count(*) filter (where c.n >= {threshold} and (c.small or c.complement)),
                count(*) filter (where c.headline and c.complement and not t.has_small),
                coalesce(max(c.hidden_pass), 0)
            from cells as c
            inner join tables as t using (mart, partition_key, table_key)
            group by c.mart
            order by c.mart
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<SuppressionLoss>();
        while (reader.Read())
            rows.Add(new SuppressionLoss(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt32(7)));
        return rows;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Mart} | {Cells:N0} | {Small:N0} | {Complements:N0} | {LargeHidden:N0} of {Large:N0} ({LargeHiddenShare:P1}) | {HeadlineHidden:N0} | {Passes} |");
}
