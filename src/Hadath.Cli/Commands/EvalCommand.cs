using System.CommandLine;

namespace Hadath.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Eval (not yet available).");
        return command;
    }
}
