using System.Diagnostics;
using System.Text;
using Hadath.Core;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using Lucene.Net.Util;

namespace Hadath.Cli.Bench;

public sealed record AnalyzeBenchmarkOptions
{
    public IReadOnlyList<string> Files { get; init; } = [];
    public int Rounds { get; init; } = 3;

    /// <summary>Use at most this many articles (0: all).</summary>
    public int Limit { get; init; }
}

/// <summary>
/// Times the full analyze pipeline on one thread over a corpus, each stage separately, against Lucene.Net's
/// ArabicAnalyzer over the same texts. The first pass is reported on its own: it pays for JIT and for every
/// cache (segmenter, lexicon lookups) filling, which is what a stream of new articles looks like; later
/// rounds over the same articles are the steady state, with warm caches (an upper bound for new text).
/// </summary>
public static class AnalyzeBenchmark
{
    public static int Run(AnalyzeBenchmarkOptions options, TextWriter output, TextWriter errors)
    {
        var files = options.Files.Count > 0 ? options.Files : [TextBenchmark.FindDefaultSample()];
        var texts = TextBenchmark.LoadTexts(files, errors);
        if (options.Limit > 0 && texts.Count > options.Limit) texts = texts.GetRange(0, options.Limit);
        if (texts.Count == 0)
        {
            errors.WriteLine("error: no documents to measure");
            return 2;
        }
        if (TextBenchmark.IsDebugBuild()) errors.WriteLine("warning: this is a Debug build; measure with -c Release");

        double load0 = ThreadCpuClock.Seconds();
        var pipeline = HadathPipeline.Create();
        double loadSeconds = ThreadCpuClock.Seconds() - load0;
        using var lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        var stages = pipeline.Stages;

        double megabytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1e6;
        long chars = texts.Sum(t => (long)t.Length);
        output.WriteLine($"corpus: {texts.Count:N0} articles, {chars:N0} chars, {megabytes:F2} MB UTF-8; pipeline loaded in {loadSeconds:F2} s CPU");
        output.WriteLine($"method: one thread, first pass (cold: JIT, empty caches) then median of {options.Rounds} rounds over the same articles, " +
            $".NET {Environment.Version}, thread CPU time{(ThreadCpuClock.IsPerThread ? "" : " (process-wide fallback)")}, load average {TextBenchmark.LoadAverage()} on {Environment.ProcessorCount} CPUs");
        output.WriteLine();

        var first = Measure(texts, stages, lucene);
        var rounds = new List<PassResult>();
        for (int r = 0; r < options.Rounds; r++) rounds.Add(Measure(texts, stages, lucene));
        var steady = rounds.OrderBy(p => p.OursSeconds).ElementAt(rounds.Count / 2);

        Report(output, "first pass (cold)", first, stages, texts.Count, megabytes);
        Report(output, $"steady state (median of {rounds.Count})", steady, stages, texts.Count, megabytes);
        output.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB");
        return 0;
    }

    private sealed record PassResult(double OursSeconds, double LuceneSeconds, long[] StageTicks, long Tokens, long LuceneTokens);

    /// <summary>One pass of ours then one of Lucene's; each side's time is this thread's CPU time, and the stages share
    /// ours in proportion to their wall-clock times (a shared machine steals wall time alike from all of them).</summary>
    private static PassResult Measure(List<string> texts, IReadOnlyList<IStage> stages, ArabicAnalyzer lucene)
    {
        var ticks = new long[stages.Count];
        long tokens = 0;
        double c0 = ThreadCpuClock.Seconds();
        foreach (var text in texts)
        {
            var doc = new AnalyzedDocument(text);
            for (int s = 0; s < stages.Count; s++)
            {
                long t0 = Stopwatch.GetTimestamp();
                doc = stages[s].Process(doc);
                ticks[s] += Stopwatch.GetTimestamp() - t0;
            }
            tokens += doc.Tokens.Length;
        }
        double c1 = ThreadCpuClock.Seconds();
        long luceneTokens = TextBenchmark.RunLucene(texts, lucene);
        double c2 = ThreadCpuClock.Seconds();
        return new PassResult(c1 - c0, c2 - c1, ticks, tokens, luceneTokens);
    }

    private static void Report(TextWriter output, string title, PassResult pass, IReadOnlyList<IStage> stages, int articles, double megabytes)
    {
        output.WriteLine($"== {title}");
        output.WriteLine($"{"",-24}{"s",9}{"articles/s",12}{"tokens/s",14}{"MB/s",9}");
        output.WriteLine($"{"hadath analyze",-24}{pass.OursSeconds,9:F3}{articles / pass.OursSeconds,12:N0}{pass.Tokens / pass.OursSeconds,14:N0}{megabytes / pass.OursSeconds,9:F3}");
        output.WriteLine($"{"lucene ArabicAnalyzer",-24}{pass.LuceneSeconds,9:F3}{articles / pass.LuceneSeconds,12:N0}{pass.LuceneTokens / pass.LuceneSeconds,14:N0}{megabytes / pass.LuceneSeconds,9:F3}");
        output.WriteLine($"ratio hadath/lucene (MB/s): {pass.LuceneSeconds / pass.OursSeconds:P2}");
        double wall = Math.Max(1, pass.StageTicks.Sum());
        output.WriteLine("per-stage share of hadath CPU:");
        for (int s = 0; s < stages.Count; s++)
        {
            double share = pass.StageTicks[s] / wall;
            output.WriteLine($"  {stages[s].Name,-22}{share,8:P1}{share * pass.OursSeconds * 1000,10:F1} ms");
        }
        output.WriteLine();
    }
}
