namespace BelongingInsights.Etl.Common;

public enum FileShape
{
    Empty,
    Text,
    Workbook,
    NotText,
}
