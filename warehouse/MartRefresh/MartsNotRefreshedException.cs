namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>
/// A mart refresh that stopped for want of disk space or memory: the marts are as the last refresh that finished left
/// them, and the message says why and what an administrator can do. Running it again at once would stop the same way.
/// </summary>
public sealed class MartsNotRefreshedException(string message, Exception inner) : Exception(message, inner);
