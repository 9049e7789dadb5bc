using System.Collections.Concurrent;
using System.Diagnostics;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Nodes;

/// <summary>
/// A built executable (the API or the proxy) run as an operating-system process on a loopback
/// port. Kill is SIGKILL (what kill -9 does): no shutdown code runs. Disposing kills it too, so a
/// failing test leaves nothing running; so does the test host's own exit.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private const int KeptLines = 200;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private NodeProcess(string name, int port, Process process)
    {
        Name = name;
        Port = port;
        _process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public string Name { get; }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public bool Running => !_process.HasExited;

    /// <summary>What it printed last, for failure messages.</summary>
    public string RecentOutput => $"--- {Name} (port {Port}) ---\n" + string.Join('\n', _lines);

    /// <summary>`dotnet &lt;dll&gt;` on http://127.0.0.1:port, its settings given as environment variables, ended with the test host.</summary>
    public static NodeProcess Start(string name, string dll, int port, IReadOnlyDictionary<string, string> environment)
    {
        // A watchdog shell around it: should the test host itself be killed (a hang timeout in CI), the
        // node goes too instead of running on. Kill ends the shell and the node together.
        var start = new ProcessStartInfo("bash", ["-c", Watchdog, "node", dll, Environment.ProcessId.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(dll)!;
        return new NodeProcess(name, port, Process.Start(start)!);
    }

    private const string Watchdog = """
        dotnet "$1" & child=$!
        while kill -0 "$2" 2>/dev/null && [ -n "$(jobs -r)" ]; do sleep 1; done
        kill -9 "$child" 2>/dev/null
        wait "$child"
        """;

    /// <summary>Waits (bounded) until GET path answers 200.</summary>
    public async Task WaitUntilLiveAsync(TimeSpan within, string path = "/health/live")
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (!Running) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} while starting.\n{RecentOutput}");
            try
            {
                if ((await http.GetAsync(path)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Name} did not answer {path} within {within}.\n{RecentOutput}");
    }

    /// <summary>SIGKILL, and waits for the process to be gone.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _lines.Enqueue(line);
        while (_lines.Count > KeptLines) _lines.TryDequeue(out _);
    }

    /// <summary>The build output of a project of this repository, in the tests' own configuration.</summary>
    public static string BuiltDll(string project)
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(Repository.Root(), "src", project, "bin", tests.Parent!.Name, tests.Name, project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{project} is not built next to the tests", dll);
    }
}
