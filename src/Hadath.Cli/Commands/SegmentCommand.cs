using System.CommandLine;

namespace Hadath.Cli.Commands;

internal static class SegmentCommand
{
    public static Command Create()
    {
        var command = new Command("segment", "Segment (not yet available).");
        return command;
    }
}
