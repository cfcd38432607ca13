using System.CommandLine;

namespace Hadath.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Bench (not yet available).");
        return command;
    }
}
