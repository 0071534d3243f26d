namespace BelongingInsights.Etl.Common;

/// <summary>
/// One thing wrong with an export, as a data manager sees it: the file, the spreadsheet row, the column,
/// the offending value (null when the value is an identifier that must not be echoed) and what is wrong.
/// A value shaped like a UPN, whatever column it was typed into, is replaced by <see cref="HiddenUpn"/>.
/// </summary>
public sealed record ImportProblem(
    string File, int Line, string Column, string? Value, ProblemSeverity Severity, string Message)
{
    public const string HiddenUpn = "(looks like a UPN; not shown)";

    public string? Value { get; } = Value is not null && Upn.LooksLike(Value) ? HiddenUpn : Value;
}
