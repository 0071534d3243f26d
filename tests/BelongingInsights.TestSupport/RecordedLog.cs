using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.TestSupport;

/// <summary>Keeps every message the warehouse logs, so a test can see which way an import went.</summary>
public sealed class RecordedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public ILogger CreateLogger(string categoryName) => new Recorder(_messages);

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                messages.Enqueue(formatter(state, exception));
        }
    }
}
