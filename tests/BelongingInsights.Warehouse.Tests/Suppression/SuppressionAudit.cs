using System.Globalization;

namespace BelongingInsights.Warehouse.Tests.Suppression;

/// <summary>
/// An audit of <c>mart_attendance_group</c>'s enrolments that shares nothing with the marts' suppression: from the
/// published rows alone it writes every additive relation (a row with "all" in a group is the sum of the rows that
/// differ from it in that group only; a row across schools, of all schools, a trust, a phase or both, is the sum of
/// the matching schools' rows), then for each row hidden as small solves the least and greatest enrolments it could
/// have, non-negative and consistent with every published figure. Protection holds when no small row is pinned to
/// one value and each could be at or above the threshold.
/// </summary>
public static class SuppressionAudit
{
    private static readonly string[] Groups = ["gender", "send", "fsm", "disadvantaged", "eal", "ethnicity", "year_group"];

    /// <summary>Each small row that the published figures give away, as text; empty when every one is protected.</summary>
    public static IReadOnlyList<string> Exposed(WarehouseHarness warehouse, int threshold)
    {
        var exposed = new List<string>();
        foreach (var partition in Rows(warehouse).GroupBy(r => r.Partition))
        {
            var rows = partition.ToList();
            var relations = Relations(rows);
            foreach (var small in rows.Where(r => r.Reason == "small"))
            {
                var (low, high) = Range(small, rows, relations);
                if (high - low < 0.5 || high < threshold)
                    exposed.Add(string.Create(CultureInfo.InvariantCulture, $"{small.Key}: {low:0.#} to {high:0.#}"));
            }
        }
        return exposed;
    }

    private sealed record Row(string Partition, string Key, string? Urn, string?[] Values, string? Trust, string? Phase, long? Enrolments, string? Reason)
    {
        public bool Hidden => Enrolments is null;
    }

    private static List<Row> Rows(WarehouseHarness warehouse)
    {
        using var connection = warehouse.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            select concat_ws('|', academic_year, counting_window, period), cast(urn as varchar), {string.Join(", ", Groups)}, trust, phase,
                enrolments, suppression_reason
            from mart_attendance_group
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetValue(i).ToString();
            var values = Groups.Select((_, i) => Text(2 + i)).ToArray();
            var trust = Text(2 + Groups.Length);
            var phase = Text(3 + Groups.Length);
            var key = $"{reader.GetString(0)} {Text(1) ?? "all schools"} {string.Join(' ', values.Select(v => v ?? "*"))} {trust ?? "*"} {phase ?? "*"}";
            rows.Add(new Row(reader.GetString(0), key, Text(1), values, trust, phase,
                reader.IsDBNull(4 + Groups.Length) ? null : reader.GetInt64(4 + Groups.Length), Text(5 + Groups.Length)));
        }
        return rows;
    }

    /// <summary>Every relation: a total and its parts, as row indexes.</summary>
    private static List<(int Total, int[] Parts)> Relations(List<Row> rows)
    {
        var relations = new List<(int, int[])>();
        for (var t = 0; t < rows.Count; t++)
        {
            var total = rows[t];
            for (var g = 0; g < Groups.Length; g++)
            {
                if (total.Values[g] is not null)
                    continue;
                var parts = Indexes(rows, r => r.Urn == total.Urn && r.Trust == total.Trust && r.Phase == total.Phase && r.Values[g] is not null
                    && Enumerable.Range(0, Groups.Length).All(i => i == g || r.Values[i] == total.Values[i]));
                Add(relations, t, parts);
            }
            if (total.Urn is not null)
                continue;
            var sameGroups = (Row r) => Enumerable.Range(0, Groups.Length).All(i => r.Values[i] == total.Values[i]);
            if (total.Trust is null)
                Add(relations, t, Indexes(rows, r => r.Urn is null && r.Trust is not null && r.Phase == total.Phase && sameGroups(r)));
            if (total.Phase is null)
                Add(relations, t, Indexes(rows, r => r.Urn is null && r.Phase is not null && r.Trust == total.Trust && sameGroups(r)));
            Add(relations, t, Indexes(rows, r => r.Urn is not null && (total.Trust is null || r.Trust == total.Trust)
                && (total.Phase is null || r.Phase == total.Phase) && sameGroups(r)));
        }
        return relations;
    }

    private static int[] Indexes(List<Row> rows, Func<Row, bool> match) => [.. Enumerable.Range(0, rows.Count).Where(i => match(rows[i]))];

    private static void Add(List<(int, int[])> relations, int total, int[] parts)
    {
        if (parts.Length > 0)
            relations.Add((total, parts));
    }

    /// <summary>The least and greatest enrolments of a hidden row, over the hidden rows linked to it through relations.</summary>
    private static (double Low, double High) Range(Row small, List<Row> rows, List<(int Total, int[] Parts)> relations)
    {
        var start = rows.IndexOf(small);
        var linked = new HashSet<int> { start };
        var used = new List<(int Total, int[] Parts)>();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var relation in relations)
            {
                var cells = relation.Parts.Append(relation.Total).ToArray();
                if (used.Contains(relation) || !cells.Any(linked.Contains))
                    continue;
                used.Add(relation);
                foreach (var cell in cells.Where(c => rows[c].Hidden))
                    grew |= linked.Add(cell);
            }
        }
        List<int> variables = [start, .. linked.Where(c => c != start)];
        var a = new List<double[]>();
        var b = new List<double>();
        foreach (var (total, parts) in used)
        {
            var row = new double[variables.Count];
            double rhs = 0;
            foreach (var (cell, sign) in parts.Select(p => (p, -1.0)).Append((total, 1.0)))
            {
                if (rows[cell].Enrolments is { } known)
                    rhs -= sign * known;
                else
                    row[variables.IndexOf(cell)] += sign;
            }
            a.Add(row);
            b.Add(rhs);
        }
        var cost = new double[variables.Count];
        cost[0] = 1;
        var low = Simplex.Minimise(cost, [.. a], [.. b]) ?? double.NaN;
        cost[0] = -1;
        var high = -(Simplex.Minimise(cost, [.. a], [.. b]) ?? double.NaN);
        return (low, high);
    }
}
