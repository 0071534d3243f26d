using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace BelongingInsights.Warehouse;

/// <summary>
/// What a DuckDB failure, or one that wraps it, says about its cause: DuckDB's own message, or the original error it
/// repeats once it has stopped the database after a failed write of its own.
/// </summary>
internal static class DuckDBFailures
{
    /// <summary>Whether DuckDB failed for want of space: ENOSPC's message on Linux and macOS, ERROR_DISK_FULL's on Windows.</summary>
    public static bool IsDiskFull(Exception exception) =>
        Causes(exception).Any(e => e.Message.Contains("No space left on device", StringComparison.Ordinal)
            || e.Message.Contains("not enough space on the disk", StringComparison.Ordinal));

    /// <summary>Whether DuckDB ran out of its memory limit (<c>Warehouse:MemoryLimit</c>).</summary>
    public static bool IsOutOfMemory(Exception exception) =>
        Causes(exception).Any(e => e is DuckDBException { ErrorType: DuckDBErrorType.OutOfMemory }
            || e.Message.Contains("Out of Memory Error", StringComparison.Ordinal));

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
            yield return cause;
    }
}
