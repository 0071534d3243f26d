using System.Net;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>A request body sent in two halves, the second only once the test calls <see cref="Resume"/>, so it can look at the server mid-upload.</summary>
internal sealed class PausedContent(byte[] bytes) : HttpContent
{
    private readonly TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Resume() => _resume.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var half = bytes.Length / 2;
        await stream.WriteAsync(bytes.AsMemory(0, half));
        await stream.FlushAsync();
        await _resume.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await stream.WriteAsync(bytes.AsMemory(half));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return true;
    }
}
