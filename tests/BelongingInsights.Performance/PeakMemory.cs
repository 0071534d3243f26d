using System.Diagnostics;

namespace BelongingInsights.Performance;

/// <summary>
/// The process's peak resident memory, managed and native together. On Linux the peak is reset before a phase
/// (writing 5 to /proc/self/clear_refs), so it measures that phase alone.
/// </summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        GC.Collect();
        if (File.Exists("/proc/self/clear_refs"))
            File.WriteAllText("/proc/self/clear_refs", "5");
    }

    public static long Read()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
