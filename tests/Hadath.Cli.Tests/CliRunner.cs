using System.Diagnostics;
using System.Text;

namespace Hadath.Cli.Tests;

/// <summary>Runs the built <c>hadath</c> CLI as a separate process, as a user would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(string stdin, params string[] args) => Run(Encoding.UTF8.GetBytes(stdin), args);

    public static Result Run(byte[] stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "hadath.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(true);
            throw new TimeoutException("hadath did not finish in 120 s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempFile(byte[] content, string extension = ".txt")
    {
        var path = Path.Combine(Path.GetTempPath(), $"hadath-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, content);
        return path;
    }
}
