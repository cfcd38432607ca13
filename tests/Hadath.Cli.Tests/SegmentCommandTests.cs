using Hadath.Arabic.Segmentation;
using Hadath.Cli.Commands;

namespace Hadath.Cli.Tests;

public sealed class SegmentCommandTests
{
    private static string Run(string input, bool pretokenized, bool surface)
    {
        var output = new StringWriter { NewLine = "\n" };
        SegmentCommand.Run(new StringReader(input), output, EmbeddedSegmenter.Instance, pretokenized, surface);
        return output.ToString();
    }

    [Fact]
    public void test_segment_pretokenized_keeps_tokens_and_lines()
    {
        Assert.Equal("و+ب+أن+ه ل+الأسلحة\n\nحياة+ه ، ل+موسكو\n", Run("وبانه للاسلحة\n\nحياته ، لموسكو", pretokenized: true, surface: false));
    }

    [Fact]
    public void test_segment_pretokenized_never_retokenizes()
    {
        // "لموسكو،" is one token here because the input says so; the comma stays attached.
        var line = Run("قال:لموسكو، 2024", pretokenized: true, surface: false).TrimEnd('\n');
        Assert.Equal(2, line.Split(' ').Length);
        Assert.EndsWith(" 2024", line);
    }

    [Fact]
    public void test_segment_surface_prints_the_letters_of_each_piece()
    {
        Assert.Equal("و+ب+ان+ه ل+لاسلحة حيات+ه\n", Run("وبانه للاسلحة حياته", pretokenized: true, surface: true));
    }

    [Fact]
    public void test_segment_tokenizes_raw_text()
    {
        Assert.Equal("و+ب+أن+ه ، ل+موسكو .\n", Run("وبانه، لموسكو.", pretokenized: false, surface: false));
    }
}
