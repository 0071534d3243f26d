using Microsoft.Extensions.Logging;

namespace BelongingInsights.Jobs;

internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Hangfire job storage: {Storage}")]
    public static partial void JobStorage(ILogger logger, string storage);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Queued {FileCount} demonstration files for import")]
    public static partial void DemoSeeded(ILogger logger, int fileCount);
}
