using Microsoft.Extensions.Logging;

namespace BelongingInsights.Jobs;

internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Hangfire job storage: {Storage}")]
    public static partial void JobStorage(ILogger logger, string storage);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Queued {FileCount} demonstration files for import")]
    public static partial void DemoSeeded(ILogger logger, int fileCount);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Deleted {FileCount} half-received files left by an earlier run")]
    public static partial void LeftoversDeleted(ILogger logger, int fileCount);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Queued again {ImportCount} imports an earlier run left unfinished")]
    public static partial void ImportsResumed(ILogger logger, int importCount);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "The job storage could not be reached ({ExceptionType}); import {ImportId} stays queued and is queued once it answers")]
    public static partial void ImportWaitsForJobStorage(ILogger logger, Guid importId, string exceptionType);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Queued {ImportCount} imports that waited for the job storage")]
    public static partial void WaitingImportsQueued(ILogger logger, int importCount);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "The marts refresh is tried again on the schedule {Schedule} until one finishes")]
    public static partial void MartsCatchUpScheduled(ILogger logger, string schedule);
}
