namespace BelongingInsights.Dashboard.Access;

internal static partial class SingleSignOnLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "A single sign-on did not complete: {Reason}")]
    public static partial void Failed(ILogger logger, string reason);
}
