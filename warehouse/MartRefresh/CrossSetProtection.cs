using System.Globalization;
using DuckDB.NET.Data;
using Google.OrTools.LinearSolver;

namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>
/// Rule 4b of small-number suppression (docs/suppression.md): secondary suppression settles each set of a total and
/// its parts on its own, which can leave a small cell that several sets taken together still give away. After it has
/// settled for a mart, this finds with GLOP, for each cell hidden as small, the greatest count it could have given
/// every shown cell and every set of the mart at once (counts non-negative), and where that is below the threshold,
/// or the cell could take one value only, hides one more cell as a complement: a shown cell of a set that binds that
/// greatest value (a non-zero dual), the one that loses least. Hidden cells are split into the components the sets
/// link them in, and a component without a small cell, or found protected in an earlier round with the same hidden
/// cells, is not solved; a component gets at most one complement a round,
/// for its first small cell (by its groups) that fails, and a small cell that an earlier solution of its component
/// already showed able to reach the threshold and to take two values gets no program of its own. Everything is read
/// and ordered by the cells' groups, not their ids, so the same cells give the same complements.
/// </summary>
public sealed class CrossSetProtection(DuckDBConnection connection, string mart, int threshold)
{
    private const double Tolerance = 1e-6;

    /// <summary>The components found protected in an earlier round, by their hidden cells: the same cells, the same answer.</summary>
    private readonly HashSet<string> passed = new(StringComparer.Ordinal);

    /// <summary>Hides this round's complements in the mart's cells; returns how many units it hid.</summary>
    public int HideComplements()
    {
        var (cells, sets) = Read();
        var units = new SortedSet<long>();
        foreach (var component in Components(cells, sets))
        {
            var hidden = component.SelectMany(s => sets[s]).Select(m => m.Cell).Where(c => cells[c].Hidden).Distinct().Order().ToList();
            var name = string.Join('\n', hidden.Select(c => cells[c].Key));
            if (passed.Contains(name))
                continue;
            if (Complement(cells, sets, component, hidden) is { } unit)
                units.Add(unit);
            else
                passed.Add(name);
        }
        if (units.Count == 0)
            return 0;
        connection.Execute(SqlScripts.Get("MartRefresh/CrossSet/hide.sql"), ("mart", mart),
            ("units", string.Join(',', units.Select(u => u.ToString(CultureInfo.InvariantCulture)))));
        return units.Count;
    }

    /// <summary>The unit to hide for the first small cell of the component that fails, or null when none does.</summary>
    private long? Complement(List<Cell> cells, List<Member[]> sets, List<int> component, List<int> hidden)
    {
        var small = hidden.Where(c => cells[c].Small).ToList();
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver.");
        var variables = hidden.ToDictionary(c => c, _ => solver.MakeNumVar(0, double.PositiveInfinity, ""));
        var constraints = new List<(int Set, Constraint Constraint)>();
        foreach (var set in component)
        {
            // A set's total less its parts is 0: the hidden cells' part of it is what the shown cells leave.
            var shown = sets[set].Where(m => !cells[m.Cell].Hidden).Sum(m => m.Sign * (double)cells[m.Cell].N);
            var constraint = solver.MakeConstraint(-shown, -shown);
            foreach (var member in sets[set].Where(m => cells[m.Cell].Hidden))
                constraint.SetCoefficient(variables[member.Cell], member.Sign);
            constraints.Add((set, constraint));
        }
        // The true counts are one solution; one program raising every small cell at once clears most of them.
        var most = small.ToDictionary(c => c, c => (double)cells[c].N);
        var least = small.ToDictionary(c => c, c => (double)cells[c].N);
        bool Cleared(int c) => most[c] >= threshold - Tolerance && most[c] - least[c] >= 0.5;
        // A small cell raised is capped just above what the check asks, so that the program is bounded where the sets
        // leave it free, and the cap is lifted after, so that it bounds no other cell.
        void Cap(IEnumerable<int> raised, bool capped)
        {
            foreach (var c in raised)
                variables[c].SetUb(capped ? Math.Max(threshold, cells[c].N + 1) : double.PositiveInfinity);
        }
        Cap(small, capped: true);
        Solve(solver, small.Select(c => variables[c]), maximise: true);
        Seen(small, variables, most, least);
        Cap(small, capped: false);
        foreach (var cell in small.Where(c => !Cleared(c)))
        {
            Cap([cell], capped: true);
            var max = Solve(solver, [variables[cell]], maximise: true);
            Seen(small, variables, most, least);
            if (!Cleared(cell) && max >= threshold - Tolerance)
            {
                Solve(solver, [variables[cell]], maximise: false);
                Seen(small, variables, most, least);
            }
            if (Cleared(cell))
            {
                Cap([cell], capped: false);
                continue;
            }
            Solve(solver, [variables[cell]], maximise: true);
            var binding = constraints.Where(c => Math.Abs(c.Constraint.DualValue()) > Tolerance).Select(c => c.Set);
            return Cheapest(cells, sets, binding, threshold - max)
                ?? Cheapest(cells, sets, component, threshold - max)
                ?? throw new InvalidOperationException($"A small cell ({cells[cell].Key}) can be worked out from its sets, and no shown cell is left to hide.");
        }
        return null;
    }

    /// <summary>Notes the small cells' values in the solver's last solution.</summary>
    private static void Seen(List<int> small, Dictionary<int, Variable> variables, Dictionary<int, double> most, Dictionary<int, double> least)
    {
        foreach (var cell in small)
        {
            var value = variables[cell].SolutionValue();
            most[cell] = Math.Max(most[cell], value);
            least[cell] = Math.Min(least[cell], value);
        }
    }

    /// <summary>
    /// The shown cell of the sets that loses least, as secondary suppression chooses: one counting someone, enough to
    /// let the small cell reach the threshold where one is (<paramref name="needed"/>), whose unit breaks down by the
    /// most groups (detail, not a headline), the smallest, the first by its groups.
    /// </summary>
    private static long? Cheapest(List<Cell> cells, List<Member[]> sets, IEnumerable<int> candidates, double needed) =>
        candidates.SelectMany(s => sets[s]).Select(m => cells[m.Cell]).Where(c => !c.Hidden)
            .OrderBy(c => c.N == 0)
            .ThenBy(c => c.N < needed)
            .ThenByDescending(c => c.UnitGroups)
            .ThenBy(c => c.N)
            .ThenBy(c => c.UnitKey, StringComparer.Ordinal)
            .Select(c => (long?)c.UnitId)
            .FirstOrDefault();

    /// <summary>The greatest or least sum of the cells; throws when no value fits, which the true counts always do.</summary>
    private static double Solve(Solver solver, IEnumerable<Variable> cells, bool maximise)
    {
        var objective = solver.Objective();
        objective.Clear();
        foreach (var cell in cells)
            objective.SetCoefficient(cell, 1);
        objective.SetOptimizationDirection(maximise);
        var status = solver.Solve();
        return status == Solver.ResultStatus.OPTIMAL
            ? objective.Value()
            : throw new InvalidOperationException($"The sets of a hidden cell have no solution ({status}): a set's total is not the sum of its parts.");
    }

    /// <summary>The sets that hold a hidden cell, grouped by the component their hidden cells fall in, with a small cell.</summary>
    private static IEnumerable<List<int>> Components(List<Cell> cells, List<Member[]> sets)
    {
        var parent = Enumerable.Range(0, cells.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        }
        foreach (var set in sets)
        {
            var hidden = set.Select(m => m.Cell).Where(c => cells[c].Hidden).ToList();
            foreach (var other in hidden.Skip(1))
                parent[Find(other)] = Find(hidden[0]);
        }
        return Enumerable.Range(0, sets.Count)
            .GroupBy(s => Find(sets[s].First(m => cells[m.Cell].Hidden).Cell))
            .Where(g => g.Any(s => sets[s].Any(m => cells[m.Cell].Small)))
            .Select(g => g.ToList());
    }

    /// <summary>
    /// The mart's sets that hold a hidden cell (<c>sets.sql</c>), in the order of their groups: the cells, and each set
    /// as its members, the total signed +1 and its parts -1 (the total less its parts is 0).
    /// </summary>
    private (List<Cell> Cells, List<Member[]> Sets) Read()
    {
        var cells = new List<Cell>();
        var sets = new List<Member[]>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = connection.Command(SqlScripts.Get("MartRefresh/CrossSet/sets.sql"), ("mart", mart));
        using var reader = command.ExecuteReader();
        string? setKey = null;
        var members = new List<Member>();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (key != setKey && members.Count > 0)
            {
                sets.Add([.. members]);
                members.Clear();
            }
            setKey = key;
            var cellKey = reader.GetString(2);
            if (!index.TryGetValue(cellKey, out var cell))
            {
                cell = cells.Count;
                index[cellKey] = cell;
                cells.Add(new Cell(cellKey, reader.GetInt64(3), reader.GetBoolean(4), reader.GetBoolean(5), reader.GetInt64(6), reader.GetInt32(7), reader.GetString(8)));
            }
            members.Add(new Member(cell, reader.GetBoolean(1) ? 1 : -1));
        }
        if (members.Count > 0)
            sets.Add([.. members]);
        return (cells, sets);
    }

    private readonly record struct Member(int Cell, int Sign);

    private sealed record Cell(string Key, long N, bool Hidden, bool Small, long UnitId, int UnitGroups, string UnitKey);
}
