using System.Collections.Concurrent;
using System.Diagnostics;

namespace Petitions.Api.Tests.Infrastructure;

/// <summary>
/// The API (or one of its commands) as its own operating-system process, the way an operator starts it: its output
/// is collected line by line, and it is killed with its children when disposed.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private AppProcess(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The folder holding Petitions.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The API's own build output (what <c>dotnet test</c> built).</summary>
    public static string ApiDll => Path.Combine(AppContext.BaseDirectory, "Petitions.Api.dll");

    public IReadOnlyCollection<string> Lines => _lines;

    public string Output => string.Join(Environment.NewLine, _lines);

    public StreamWriter Input => _process.StandardInput;

    /// <summary><c>dotnet Petitions.Api.dll args</c> with these environment variables (ASPNETCORE_ENVIRONMENT unset unless given).</summary>
    public static AppProcess Api(IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment) =>
        Start("dotnet", [ApiDll, .. args], environment, AppContext.BaseDirectory);

    public static AppProcess Start(string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new AppProcess(start);
    }

    /// <summary>Runs a command of the machine (mount, umount) to its end: whether it succeeded; false when there is no such command.</summary>
    public static bool Succeeds(string command, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Waits for a line of output that satisfies <paramref name="match"/>; fails with the output so far if none comes.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            var line = _lines.FirstOrDefault(match);
            if (line is not null)
            {
                return line;
            }

            if (_process.HasExited)
            {
                _process.WaitForExit();
                line = _lines.FirstOrDefault(match);
                return line ?? throw new AssertionException($"The process ended ({_process.ExitCode}) without the line awaited:{Environment.NewLine}{Output}");
            }

            Thread.Sleep(50);
        }

        throw new AssertionException($"No such line within {timeout.TotalSeconds} s:{Environment.NewLine}{Output}");
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            throw new AssertionException($"Still running after {timeout.TotalSeconds} s:{Environment.NewLine}{Output}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Petitions.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Petitions.sln not found above the test folder.");
    }
}
