using System.Diagnostics;

namespace BelongingInsights.TestSupport;

/// <summary>Runs a program to completion and fails with its output when it exits non-zero.</summary>
public static class Commands
{
    public static Task<string> RunAsync(string fileName, params string[] arguments) => RunAsync(null, fileName, arguments);

    /// <summary>Runs a program with <paramref name="input"/> (when not null) on its standard input.</summary>
    public static async Task<string> RunAsync(string? input, string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        return await output;
    }

    public static bool Exists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, name)));
}
