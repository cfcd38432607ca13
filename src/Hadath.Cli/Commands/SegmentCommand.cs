using System.CommandLine;

namespace Hadath.Cli.Commands;

/// <summary>PLACEHOLDER until the segmenter lands.</summary>
internal static class SegmentCommand
{
    public static Command Create() => new("segment", "Split tokens into clitics and stems (not yet available).");
}

internal static class EvalSegmentCommand
{
    public static Command Create() => new("segment", "Score clitic segmentation on a PADT-format file (not yet available).");
}
