using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// A school's leavers per academic year, stacked by how they left: moved to another school, permanently excluded, or
/// unexplained. A suppressed count is left out, never drawn as zero.
/// </summary>
public static class SchoolLeaverTraces
{
    public static readonly IReadOnlyList<(string Name, Func<RollExits, int?> Count)> ExitTypes =
    [
        ("Moved to another school", r => r.MovedSchool),
        ("Permanently excluded", r => r.PermanentExclusion),
        ("Unexplained", r => r.Unexplained),
    ];

    public static IList<ITrace> From(IReadOnlyList<RollExits> school)
    {
        var years = school.OrderBy(r => r.AcademicYear, StringComparer.Ordinal).ToList();
        return [.. ExitTypes.Select(type => (ITrace)new Bar
        {
            Name = type.Name,
            X = [.. years.Select(r => (object)r.AcademicYear)],
            Y = [.. years.Select(r => (object?)type.Count(r))],
        })];
    }
}
