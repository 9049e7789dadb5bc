using System.Diagnostics;

namespace CaseTracker.Api.Tests.Support;

/// <summary>Runs a program to its end and keeps what it printed.</summary>
public static class Shell
{
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(string program, string[] args,
        Dictionary<string, string>? environment = null, string? folder = null)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (folder is not null) start.WorkingDirectory = folder;
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
