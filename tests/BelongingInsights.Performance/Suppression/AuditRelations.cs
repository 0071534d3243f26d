namespace BelongingInsights.Performance.Suppression;

/// <summary>
/// Every additive relation between published cells, as a total and its parts (cell indexes), written from the cells'
/// labels alone: a cell with "all" in a group (a trust or phase across schools included) is the sum of the cells that
/// differ from it in that group only; a cell across schools (all schools, a trust, a phase or both) is the sum of the
/// matching schools' cells with the same groups; a linked cell (another mart's) equals the audited cell it matches.
/// </summary>
public static class AuditRelations
{
    private const char Separator = '\u001f';
    private const string All = "\u001e";

    public static List<(int Total, int[] Parts)> Of(IReadOnlyList<AuditCell> cells)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var sameCell = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Linked)
                continue;
            var c = cells[i];
            byKey[Key(c, c.Urn, c.Dims, c.Trust, c.Phase)] = i;
            sameCell[Key(c, c.Urn, c.Dims, c.Urn is null ? c.Trust : null, c.Urn is null ? c.Phase : null)] = i;
        }
        var parts = new Dictionary<(string Total, string Relation), List<int>>();
        void Part(string total, string relation, int part)
        {
            if (!parts.TryGetValue((total, relation), out var list))
                parts[(total, relation)] = list = [];
            list.Add(part);
        }
        var relations = new List<(int Total, int[] Parts)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            if (c.Linked)
            {
                if (sameCell.TryGetValue(Key(c, c.Urn, c.Dims, c.Trust, c.Phase), out var audited))
                    relations.Add((audited, [i]));
                continue;
            }
            for (var g = 0; g < c.Dims.Length; g++)
                if (c.Dims[g] is not null)
                    Part(Key(c, c.Urn, [.. c.Dims.Select((d, j) => j == g ? null : d)], c.Trust, c.Phase), $"g{g}", i);
            if (c.Urn is null)
            {
                if (c.Trust is not null)
                    Part(Key(c, null, c.Dims, null, c.Phase), "trust", i);
                if (c.Phase is not null)
                    Part(Key(c, null, c.Dims, c.Trust, null), "phase", i);
                continue;
            }
            for (var keep = 0; keep < 4; keep++)
                if (((keep & 1) == 0 || c.Trust is not null) && ((keep & 2) == 0 || c.Phase is not null))
                    Part(Key(c, null, c.Dims, (keep & 1) > 0 ? c.Trust : null, (keep & 2) > 0 ? c.Phase : null), "school", i);
        }
        foreach (var ((total, _), list) in parts)
            if (byKey.TryGetValue(total, out var t))
                relations.Add((t, [.. list]));
        return relations;
    }

    private static string Key(AuditCell cell, string? urn, string?[] dims, string? trust, string? phase) =>
        string.Join(Separator, [cell.Partition, urn ?? All, .. dims.Select(d => d ?? All), trust ?? All, phase ?? All]);
}
