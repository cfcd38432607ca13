using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace Hadath.Cli.Tests.Build;

/// <summary>
/// The CLI's Release output carries the rule assembly (Hadath.Extraction) as ReadyToRun code, compiled by crossgen2
/// (see Hadath.Cli.csproj), and the NER and segmenter assemblies as IL, which the JIT compiles for the machine's
/// AVX-512. Read from the PE headers of the files the build wrote: a ReadyToRun image has a managed native header.
/// </summary>
public sealed class ReadyToRunTests
{
    [ReleaseOnLinuxX64Fact]
    public void The_CLI_ships_the_rule_assembly_precompiled_and_the_vector_code_as_IL()
    {
        string output = Path.Combine(RepoRoot(), "src", "Hadath.Cli", "bin", "Release", "net10.0");
        Assert.True(IsReadyToRun(Path.Combine(output, "Hadath.Extraction.dll")), "Hadath.Extraction.dll in the CLI output is not ReadyToRun");
        Assert.False(IsReadyToRun(Path.Combine(output, "Hadath.Entities.dll")));
        Assert.False(IsReadyToRun(Path.Combine(output, "Hadath.Arabic.dll")));
        // The rule project's own output stays IL: only the CLI's copy is precompiled.
        Assert.False(IsReadyToRun(Path.Combine(RepoRoot(), "src", "Hadath.Extraction", "bin", "Release", "net10.0", "Hadath.Extraction.dll")));
    }

    private static bool IsReadyToRun(string path)
    {
        Assert.True(File.Exists(path), $"{path} not built");
        using var reader = new PEReader(File.OpenRead(path));
        var cor = reader.PEHeaders.CorHeader ?? throw new InvalidOperationException($"{path} is not a managed assembly");
        return cor.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hadath.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Hadath.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs where the CLI's build compiles ReadyToRun code: a Release build on Linux x64.</summary>
    private sealed class ReleaseOnLinuxX64FactAttribute : FactAttribute
    {
        public ReleaseOnLinuxX64FactAttribute()
        {
#if DEBUG
            Skip = "a Debug build: the CLI output holds IL only";
#else
            if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
                Skip = "ReadyToRun code is compiled only on Linux x64";
#endif
        }
    }
}
