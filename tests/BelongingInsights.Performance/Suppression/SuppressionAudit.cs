using System.Diagnostics;
using System.Globalization;
using BelongingInsights.Performance.Peers;
using DuckDB.NET.Data;
using Google.OrTools.LinearSolver;

namespace BelongingInsights.Performance.Suppression;

/// <summary>
/// An audit of small-number suppression that shares nothing with the marts: it reads a mart's published figures
/// (<see cref="AuditCell"/>), writes every additive relation between them (<see cref="AuditRelations"/>), and for each
/// cell hidden as small finds with GLOP the least and greatest count it could have, non-negative and consistent with
/// every published figure. Hidden cells are split into the connected components the relations link them in, and each
/// component is solved apart; a component with no small cell needs no program, and a small cell that an earlier
/// solution of its component already showed able to reach the threshold and to take two values needs none of its
/// own. Protection holds when no small cell is pinned to one value and each could be at or above the threshold.
/// </summary>
public static class SuppressionAudit
{
    /// <summary>A count above any a mart holds, the greatest value tried for a hidden cell.</summary>
    private const double Ceiling = 1_000_000;

    /// <summary>The marts that suppress with relations between their cells, each read by <c>Suppression/&lt;mart&gt;.sql</c>.</summary>
    public static readonly IReadOnlyList<string> Marts = ["attendance_group", "belonging_attendance", "exclusions", "roll_exit", "survey_item", "survey_scale"];

    public static IReadOnlyList<AuditResult> Run(DuckDBConnection connection, int threshold) =>
        [.. Marts.Select(mart => Audit(mart, Read(connection, mart), threshold))];

    /// <summary>Audits one mart's cells: each small cell the published figures give away, as text.</summary>
    public static AuditResult Audit(string mart, IReadOnlyList<AuditCell> cells, int threshold)
    {
        var started = Stopwatch.GetTimestamp();
        var relations = AuditRelations.Of(cells);
        var component = Components(cells, relations);
        var exposed = new List<string>();
        var programs = 0;
        var groups = relations
            .Where(r => r.Parts.Append(r.Total).Any(i => cells[i].Hidden))
            .GroupBy(r => component[r.Parts.Append(r.Total).First(i => cells[i].Hidden)])
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (root, members) in groups)
        {
            var hidden = members.SelectMany(r => r.Parts.Append(r.Total)).Where(i => cells[i].Hidden).Distinct().ToList();
            var small = hidden.Where(i => cells[i].Small).ToList();
            if (small.Count == 0)
                continue;
            using var solver = Solver.CreateSolver("GLOP");
            var variables = hidden.ToDictionary(i => i, _ => solver.MakeNumVar(0, double.PositiveInfinity, ""));
            foreach (var (total, parts) in members)
            {
                var known = 0.0;
                var terms = parts.Select(p => (p, -1.0)).Append((total, 1.0)).ToList();
                foreach (var (cell, sign) in terms.Where(t => !cells[t.Item1].Hidden))
                    known += sign * cells[cell].N!.Value;
                var constraint = solver.MakeConstraint(-known, -known);
                foreach (var (cell, sign) in terms.Where(t => cells[t.Item1].Hidden))
                    constraint.SetCoefficient(variables[cell], constraint.GetCoefficient(variables[cell]) + sign);
            }
            // Every solution is a set of values the published figures allow for all the component's cells at once, so one
            // solution can show many small cells able to reach the threshold, or to take two values: only a cell no
            // solution has yet cleared gets programs of its own, and only those decide that it is exposed.
            var low = small.ToDictionary(i => i, _ => double.PositiveInfinity);
            var high = small.ToDictionary(i => i, _ => double.NegativeInfinity);
            void Seen(double value, int? unbounded)
            {
                programs++;
                if (double.IsNaN(value))
                    return;
                foreach (var cell in small)
                {
                    var v = cell == unbounded ? double.PositiveInfinity : unbounded is null ? variables[cell].SolutionValue() : double.NaN;
                    if (double.IsNaN(v))
                        continue;
                    low[cell] = Math.Min(low[cell], v);
                    high[cell] = Math.Max(high[cell], v);
                }
            }
            bool Cleared(int cell) => high[cell] >= threshold - 1e-6 && high[cell] - low[cell] >= 0.5;
            Seen(Solve(solver, small.Select(c => variables[c]), minimise: true), null);
            foreach (var cell in small.Where(c => !Cleared(c)))
            {
                if (high[cell] < threshold - 1e-6)
                {
                    // Capped, so that a cell the relations leave free has a greatest value: GLOP can report a program
                    // unbounded in one cell's direction as infeasible.
                    variables[cell].SetUb(Ceiling);
                    var max = Solve(solver, [variables[cell]], minimise: false);
                    var unbounded = max >= Ceiling - 0.5;
                    Seen(unbounded ? double.PositiveInfinity : max, unbounded ? cell : null);
                    variables[cell].SetUb(double.PositiveInfinity);
                }
                if (!Cleared(cell) && high[cell] - low[cell] < 0.5)
                    Seen(Solve(solver, [variables[cell]], minimise: true), null);
                if (!Cleared(cell))
                    exposed.Add(string.Create(CultureInfo.InvariantCulture, $"{mart}: {cells[cell]}: {low[cell]:0.#} to {high[cell]:0.#}"));
            }
        }
        return new AuditResult(mart, cells.Count, cells.Count(c => c.Hidden), cells.Count(c => c.Small), groups.Count, programs,
            exposed, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>A mart's published figures, as <c>Suppression/&lt;mart&gt;.sql</c> reads them.</summary>
    public static List<AuditCell> Read(DuckDBConnection connection, string mart)
    {
        using var command = connection.CreateCommand();
        command.CommandText = EmbeddedSql.Get($"Suppression/{mart}.sql");
        using var reader = command.ExecuteReader();
        var cells = new List<AuditCell>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetValue(i).ToString();
            var dims = reader.GetFieldValue<List<string?>>(3);
            cells.Add(new AuditCell(reader.GetBoolean(0), reader.GetString(1), Text(2), [.. dims], Text(4), Text(5),
                reader.IsDBNull(6) ? null : Convert.ToInt64(reader.GetValue(6), CultureInfo.InvariantCulture), Text(7)));
        }
        return cells;
    }

    /// <summary>The least or greatest sum of the cells: infinity when unbounded, NaN when no value fits.</summary>
    private static double Solve(Solver solver, IEnumerable<Variable> cells, bool minimise)
    {
        var objective = solver.Objective();
        objective.Clear();
        foreach (var cell in cells)
            objective.SetCoefficient(cell, 1);
        if (minimise)
            objective.SetMinimization();
        else
            objective.SetMaximization();
        return solver.Solve() switch
        {
            Solver.ResultStatus.OPTIMAL => objective.Value(),
            Solver.ResultStatus.UNBOUNDED => minimise ? double.NegativeInfinity : double.PositiveInfinity,
            _ => double.NaN,
        };
    }

    /// <summary>Each hidden cell's component (its root in a union-find over the relations' hidden cells).</summary>
    private static int[] Components(IReadOnlyList<AuditCell> cells, List<(int Total, int[] Parts)> relations)
    {
        var parent = Enumerable.Range(0, cells.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        }
        foreach (var (total, parts) in relations)
        {
            var hidden = parts.Append(total).Where(i => cells[i].Hidden).ToList();
            foreach (var other in hidden.Skip(1))
                parent[Find(other)] = Find(hidden[0]);
        }
        for (var i = 0; i < cells.Count; i++)
            parent[i] = Find(i);
        return parent;
    }
}
