using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Attendance;
using BelongingInsights.Warehouse.AttendanceMarks;
using BelongingInsights.Warehouse.Audit;
using BelongingInsights.Warehouse.Behaviour;
using BelongingInsights.Warehouse.Benchmarks;
using BelongingInsights.Warehouse.Census;
using BelongingInsights.Warehouse.Schools;
using BelongingInsights.Warehouse.Survey;
using BelongingInsights.Warehouse.Suspensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Every export kind's loader and SQL folder, once: the loaders registered for the import pipeline and the staging
/// tables the migrator creates are read from this list. A kind listed in <see cref="ExportKinds"/> needs its slice here.
/// </summary>
public static class ExportKindSlices
{
    public static IReadOnlyList<ExportKindSlice> All { get; } =
    [
        new(ExportKind.AttendanceSummary, "Attendance", _ => new AttendanceSummaryLoader()),
        new(ExportKind.AttendanceMarks, "AttendanceMarks", services => new AttendanceMarksLoader(services.GetRequiredService<ILogger<AttendanceMarksLoader>>()))
        {
            UndoneByReloading = true,
        },
        new(ExportKind.Census, "Census", _ => new CensusLoader()),
        new(ExportKind.Survey, "Survey", _ => new SurveyLoader()),
        new(ExportKind.DfeAttendance, "Benchmarks", _ => new DfeStatisticsLoader(ExportKind.DfeAttendance)),
        new(ExportKind.DfeExclusions, "Benchmarks", _ => new DfeStatisticsLoader(ExportKind.DfeExclusions)),
        new(ExportKind.Schools, "Schools", _ => new SchoolsLoader()),
        new(ExportKind.Audit, "Audit", _ => new AuditLoader()),
        new(ExportKind.Behaviour, "Behaviour", _ => new BehaviourLoader()),
        new(ExportKind.Suspensions, "Suspensions", _ => new SuspensionsLoader()),
    ];

    /// <summary>Each staging script once (the two DfE kinds share theirs).</summary>
    public static IEnumerable<string> StagingScripts => All.Select(slice => slice.StagingScript).Distinct();
}
