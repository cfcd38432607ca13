using Hadath.Cli.Bench;

namespace Hadath.Cli.Tests.Bench;

public sealed class TextBenchmarkTests
{
    private static TextBenchmarkOptions Quick(params string[] files) =>
        new() { Files = files, Rounds = 1, WarmUp = TimeSpan.Zero, MinRoundTime = TimeSpan.Zero };

    [Fact]
    public void The_report_names_every_figure_and_counts_the_corpus()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"id\":\"a\",\"text\":\"قال الوزير إن النمو بلغ ٣٫٥٪. ثم غادر.\"}\n{\"id\":\"b\",\"text\":\"بيروت (رويترز) - انتهى.\"}\n");
            var output = new StringWriter();
            var errors = new StringWriter();
            Assert.Equal(0, TextBenchmark.Run(Quick(path), output, errors));
            var report = output.ToString();
            Assert.Contains("corpus: 2 articles", report);
            Assert.Contains("18 tokens, 3 sentences", report);
            foreach (var label in new[] { "normalize", "tokenize", "sentences", "segment", "hadath (all four)", "lucene ArabicAnalyzer", "ratio hadath/lucene", "peak working set" })
            {
                Assert.Contains(label, report);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_corpus_without_documents_is_an_error_not_a_crash()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(2, TextBenchmark.Run(Quick("/nonexistent/corpus.jsonl"), output, errors));
        Assert.Contains("file not found", errors.ToString());
        Assert.Contains("no documents", errors.ToString());
    }
}
