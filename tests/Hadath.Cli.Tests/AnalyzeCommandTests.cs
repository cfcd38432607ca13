using System.Text;
using System.Text.Json;

namespace Hadath.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_prints_id_date_and_sentences_whose_offsets_slice_the_input()
    {
        const string text = "قال الوزير امس ان المحادثات ستستمر. واضاف انه متفائل.";

        var result = CliRunner.Run(text, "analyze", "--date", "2016-07-15", "--id", "afp-1", "-");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.Lines));
        var root = json.RootElement;
        Assert.Equal("afp-1", root.GetProperty("id").GetString());
        Assert.Equal("2016-07-15", root.GetProperty("date").GetString());
        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal("قال الوزير امس ان المحادثات ستستمر.", text[sentences[0].GetProperty("start").GetInt32()..sentences[0].GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Tokens_option_adds_tokens_with_segments_and_exact_text()
    {
        const string text = "وصل الوفد لموسكو";

        var result = CliRunner.Run(text, "analyze", "--tokens", "-");

        using var json = JsonDocument.Parse(Assert.Single(result.Lines));
        var tokens = json.RootElement.GetProperty("tokens").EnumerateArray().ToList();
        Assert.Equal(["وصل", "الوفد", "لموسكو"], tokens.Select(t => t.GetProperty("text").GetString()));
        foreach (var t in tokens)
        {
            int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], t.GetProperty("text").GetString());
            Assert.True(t.GetProperty("segments").GetArrayLength() >= 1);
        }
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_file_and_byte_offset()
    {
        var path = CliRunner.TempFile(Encoding.UTF8.GetBytes("نص").Concat(new byte[] { 0xFE }).ToArray());

        var result = CliRunner.Run("", "analyze", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains(path, result.Stderr);
        Assert.Contains("byte offset 4", result.Stderr);
    }

    [Fact]
    public void Windows1256_input_is_diagnosed_and_read_with_the_encoding_option()
    {
        var encoding = CodePagesEncoding();
        var path = CliRunner.TempFile(encoding.GetBytes("قال الوزير."));

        var refused = CliRunner.Run("", "analyze", path);
        var read = CliRunner.Run("", "analyze", "--encoding", "windows-1256", "--tokens", path);

        Assert.Contains("--encoding windows-1256", refused.Stderr);
        Assert.Equal(0, read.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(read.Lines));
        Assert.Equal("قال", json.RootElement.GetProperty("tokens")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Json_lines_keep_input_order_report_the_bad_line_and_exit_non_zero()
    {
        var lines = new StringBuilder();
        for (int i = 1; i <= 40; i++)
        {
            lines.Append(i == 7 ? "{not json\n" : $"{{\"id\":\"d{i}\",\"text\":\"خبر رقم {i}. انتهى.\"}}\n");
        }

        var result = CliRunner.Run(lines.ToString(), "analyze", "--threads", "4", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:7", result.Stderr);
        var ids = result.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Where(i => i != 7).Select(i => $"d{i}"), ids);
    }

    [Fact]
    public void Empty_input_gives_an_empty_document_not_a_crash()
    {
        var result = CliRunner.Run("", "analyze", "-");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.Lines));
        Assert.Equal(0, json.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Theory]
    [InlineData("--date", "15/07/2016", "--date must be YYYY-MM-DD")]
    [InlineData("--encoding", "latin1", "--encoding must be")]
    [InlineData("--format", "xml", "--format must be")]
    public void Bad_options_are_clear_errors(string option, string value, string message)
    {
        var result = CliRunner.Run("نص", "analyze", option, value, "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var result = CliRunner.Run("", "analyze", "/nonexistent/story.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/story.txt: file not found", result.Stderr);
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }
}
