using Hadath.Cli.Bench;

namespace Hadath.Cli.Tests.Bench;

public sealed class AnalyzeBenchmarkTests
{
    [Theory]
    [InlineData(0, 2, "== first timed pass")]   // no other articles: the warm-up reuses the measured ones, and says so
    [InlineData(1, 1, "== new articles")]       // the article after the limit is the warm-up
    public void The_report_times_every_stage_in_both_phases_and_honours_the_limit(int limit, int articles, string firstPass)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"id\":\"a\",\"text\":\"قال الوزير إن النمو بلغ ٣٫٥٪. ثم غادر.\"}\n{\"id\":\"b\",\"text\":\"بيروت (رويترز) - انتهى.\"}\n");
            var output = new StringWriter();
            var errors = new StringWriter();
            Assert.Equal(0, AnalyzeBenchmark.Run(new AnalyzeBenchmarkOptions { Files = [path], Rounds = 1, Limit = limit }, output, errors));
            var report = output.ToString();
            Assert.Contains($"corpus: {articles} articles", report);
            Assert.Contains(firstPass, report);
            Assert.Contains("== repeat: same articles again (median of 1;", report);
            Assert.Equal(2, report.Split('\n').Count(line => line.Contains("KB alloc/article", StringComparison.Ordinal)));
            Assert.Equal(2, report.Split('\n').Count(line => line.StartsWith("GC pauses:", StringComparison.Ordinal)));
            foreach (var stage in HadathPipeline.Create().Stages)
            {
                Assert.Equal(2, report.Split('\n').Count(line => line.StartsWith("  " + stage.Name + " ", StringComparison.Ordinal)));
            }
            Assert.Equal(2, report.Split('\n').Count(line => line.StartsWith("ratio hadath/lucene", StringComparison.Ordinal)));
            // The JSON analyze prints is timed apart in each phase, outside the ratio.
            Assert.Equal(2, report.Split('\n').Count(line => line.StartsWith("then writing each document's JSON", StringComparison.Ordinal)
                && line.Contains("not in the ratio", StringComparison.Ordinal)));
            Assert.Contains($"in batches of {Hadath.Core.Pipeline.BatchSize} articles as analyze runs them", report);
            Assert.Contains("peak working set", report);
            Assert.Single(report.Split('\n'), line => line.Trim().StartsWith("huge pages: ", StringComparison.Ordinal));
            // Each pass says how many methods JIT compiled meanwhile, and the warm-up is run again until JIT settles.
            Assert.Equal(2, report.Split('\n').Count(line => line.StartsWith("JIT: ", StringComparison.Ordinal)
                && line.Contains(" methods compiled during the pass", StringComparison.Ordinal)));
            var settling = Assert.Single(report.Split('\n'), line => line.StartsWith("JIT settling: ", StringComparison.Ordinal));
            Assert.Contains(" of 1,000 warm-up articles compiled ", settling);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Settling_rounds_stop_at_the_limit_and_none_run_when_it_is_zero(int settleRounds, bool settles)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"id\":\"a\",\"text\":\"قال الوزير إن النمو بلغ ٣٫٥٪.\"}\n{\"id\":\"b\",\"text\":\"بيروت (رويترز) - انتهى.\"}\n");
            var output = new StringWriter();
            Assert.Equal(0, AnalyzeBenchmark.Run(new AnalyzeBenchmarkOptions { Files = [path], Rounds = 1, Limit = 1, SettleRounds = settleRounds }, output, new StringWriter()));
            var lines = output.ToString().Split('\n').Where(line => line.StartsWith("JIT settling: ", StringComparison.Ordinal)).ToList();
            if (!settles)
            {
                Assert.Empty(lines);
                return;
            }
            // One round at most: its count of methods, and no second count after it.
            var line = Assert.Single(lines);
            Assert.StartsWith("JIT settling: 1 more round of 1,000 warm-up articles compiled ", line);
            Assert.DoesNotContain(",", line[(line.IndexOf(" compiled ", StringComparison.Ordinal) + " compiled ".Length)..]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_pipeline_with_a_segmenter_of_its_own_and_forgotten_word_types_analyzes_alike()
    {
        // The settling rounds run on such pipelines (empty word caches): they must time the same work.
        const string text = "بيروت (رويترز) - قال وزير الخارجية الاميركي جون كيري امس الاثنين ان 12 شخصا قتلوا في انفجار سيارة مفخخة في بغداد.";
        var metadata = new Hadath.Core.DocumentMetadata { Id = "a", Date = new DateOnly(2014, 3, 4) };
        string Json(Hadath.Core.Pipeline pipeline) => Hadath.Core.Json.AnalyzedDocumentJson.Serialize(pipeline.Analyze(text, metadata));
        var shared = Json(HadathPipeline.Create());
        Hadath.Entities.NerModel.ForgetThreadWordTypes();
        var fresh = HadathPipeline.Create(Hadath.Entities.NerModel.LoadEmbedded(),
            new Hadath.Arabic.Segmentation.CliticSegmenter(Hadath.Arabic.Segmentation.EmbeddedSegmenter.Instance.Analyzer));
        Assert.Equal(shared, Json(fresh));
        Assert.Contains("\"text\":\"جون كيري\"", shared);
    }

    [Fact]
    public void A_corpus_without_documents_is_an_error_not_a_crash()
    {
        var errors = new StringWriter();
        Assert.Equal(2, AnalyzeBenchmark.Run(new AnalyzeBenchmarkOptions { Files = ["/nonexistent/corpus.jsonl"] }, new StringWriter(), errors));
        Assert.Contains("no documents", errors.ToString());
    }
}
