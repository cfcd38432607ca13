namespace Hadath.Entities.Tests;

public sealed class ConllTaggingTests
{
    private static string[] Tag(string input)
    {
        var output = new StringWriter();
        ConllTagging.Run(ShippedModel.Instance, new StringReader(input), output);
        return output.ToString().Split('\n')[..^1];
    }

    [Fact]
    public void Every_input_line_has_one_output_line_and_blank_lines_stay_blank()
    {
        var input = "قال O\nالرئيس O\nبوش B-PERS\n\n\nفي\nبغداد\n.\n";
        var lines = Tag(input);
        var inputLines = input.Split('\n')[..^1];
        Assert.Equal(inputLines.Length, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            if (inputLines[i].Length == 0) { Assert.Equal("", lines[i]); continue; }
            var fields = lines[i].Split(' ');
            Assert.Equal(2, fields.Length);
            Assert.Equal(inputLines[i].Split(' ')[0], fields[0]);
            Assert.Matches("^(O|[BI]-(PER|LOC|ORG|MISC))$", fields[1]);
        }
    }

    [Fact]
    public void Tokens_are_not_retokenized_and_extra_columns_are_ignored()
    {
        var lines = Tag("وواشنطن\tB-LOC\tx\n(د\tO\n");
        Assert.Equal("وواشنطن", lines[0].Split(' ')[0]);
        Assert.Equal("(د", lines[1].Split(' ')[0]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Many_sentences_keep_alignment_across_document_batches()
    {
        var input = string.Concat(Enumerable.Range(0, 45).Select(i => $"جملة\nرقم\n{i}\n\n"));
        var lines = Tag(input);
        Assert.Equal(45 * 4, lines.Length);
        Assert.Equal("2", lines[4 * 2 + 2].Split(' ')[0]);
        Assert.Equal("44", lines[4 * 44 + 2].Split(' ')[0]);
    }

    [Fact]
    public void Empty_input_gives_empty_output() => Assert.Empty(Tag(""));
}
