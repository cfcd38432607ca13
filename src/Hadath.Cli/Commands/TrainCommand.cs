using System.CommandLine;

namespace Hadath.Cli.Commands;

internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train (not yet available).");
        return command;
    }
}
