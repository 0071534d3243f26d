namespace BelongingInsights.Dashboard.Access;

internal static partial class AccessLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Users, API tokens and the audit log are kept in {Store}")]
    public static partial void Store(ILogger logger, string store);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "No administrator was configured and no user exists: created the account 'admin', whose password is in {Path} (readable by this user only). Sign in at /login and delete the file.")]
    public static partial void InitialAdministrator(ILogger logger, string path);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "The administrator account from Auth:AdminEmail is ready")]
    public static partial void ConfiguredAdministrator(ILogger logger);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "The user store could not be reached ({ExceptionType}), so this audit entry is kept in the log instead: {Actor} {Action} {Detail} {Rows}")]
    public static partial void AuditEntryNotStored(ILogger logger, string exceptionType, string actor, string action, string detail, long? rows);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "PostgreSQL held no user, so the users, API tokens, saved queries and audit log of {File} were loaded into it ({Rows} rows); the file is renamed with {Suffix}")]
    public static partial void AccountsLoaded(ILogger logger, long rows, string file, string suffix);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "{File} was not loaded into PostgreSQL, which already holds users; to restore its accounts, start on an empty schema accounts")]
    public static partial void AccountsNotLoaded(ILogger logger, string file);
}
