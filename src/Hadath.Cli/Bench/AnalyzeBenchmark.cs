using System.Diagnostics;
using System.Runtime;
using System.Text;
using Hadath.Core;
using Hadath.Core.Json;
using Hadath.Arabic.Segmentation;
using Hadath.Cli.Commands;
using Hadath.Entities;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using Lucene.Net.Util;

namespace Hadath.Cli.Bench;

public sealed record AnalyzeBenchmarkOptions
{
    public IReadOnlyList<string> Files { get; init; } = [];
    public int Rounds { get; init; } = 3;

    /// <summary>Use at most this many articles (0: all).</summary>
    public int Limit { get; init; }

    /// <summary>Articles run through both sides before timing (JIT warms up, the caches learn their words); taken after the measured ones.</summary>
    public int WarmUp { get; init; } = 200;

    /// <summary>
    /// At most this many more rounds of 1,000 warm-up articles (repeated when fewer), until tiered JIT has settled: a round
    /// that compiles fewer than <see cref="AnalyzeBenchmark.SettledMethods"/> methods ends them (0: none).
    /// </summary>
    public int SettleRounds { get; init; } = 10;

    /// <summary>A NER model file to time instead of the embedded one (null: the embedded one).</summary>
    public string? NerModel { get; init; }
}

/// <summary>
/// Times the full analyze pipeline on one thread over a corpus, each stage separately, against Lucene.Net's
/// ArabicAnalyzer over the same texts. Both sides first warm up (JIT) on other articles of the same files, so the
/// first timed pass meets new words the way a stream of new articles does (segmenter and scanner caches hold
/// only the warm-up's words); later rounds over the same articles are the steady state, with every word cached
/// (an upper bound for new text). Lucene is timed warm in both, which is the fair comparison.
/// </summary>
public static class AnalyzeBenchmark
{
    public static int Run(AnalyzeBenchmarkOptions options, TextWriter output, TextWriter errors)
    {
        var files = options.Files.Count > 0 ? options.Files : [TextBenchmark.FindDefaultSample()];
        var texts = TextBenchmark.LoadTexts(files, errors);
        if (texts.Count == 0)
        {
            errors.WriteLine("error: no documents to measure");
            return 2;
        }
        if (TextBenchmark.IsDebugBuild()) errors.WriteLine("warning: this is a Debug build; measure with -c Release");

        int measured = options.Limit > 0 ? Math.Min(options.Limit, texts.Count) : texts.Count;
        var warmUp = texts.GetRange(measured, Math.Min(options.WarmUp, texts.Count - measured));
        bool warmUpOnOthers = warmUp.Count > 0 || options.WarmUp == 0;
        if (!warmUpOnOthers) warmUp = texts.GetRange(0, Math.Min(options.WarmUp, measured));
        texts = texts.GetRange(0, measured);

        double load0 = ThreadCpuClock.Seconds();
        if (NerCommand.LoadModel(options.NerModel, "bench analyze") is not { } nerModel) return 2;
        var pipeline = FreshPipeline(nerModel);
        double loadSeconds = ThreadCpuClock.Seconds() - load0;
        using var lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        var stages = pipeline.Stages;

        double megabytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1e6;
        long chars = texts.Sum(t => (long)t.Length);
        output.WriteLine($"corpus: {texts.Count:N0} articles, {chars:N0} chars, {megabytes:F2} MB UTF-8; pipeline loaded in {loadSeconds:F2} s CPU");
        output.WriteLine($"method: one thread, in batches of {Pipeline.BatchSizeFor(threads: 1)} articles as analyze runs them; warm-up on {warmUp.Count:N0} {(warmUpOnOthers ? "other" : "of the same (corpus too small)")} articles for both sides; " +
            $"then up to {options.SettleRounds} more rounds of {SettleArticles:N0} of them (repeated when fewer), each with empty word caches, until JIT settles, and the warm-up once more to fill fresh caches; then {LuceneWarmUp.TotalSeconds:F0} s more of Lucene alone; then one pass over new articles and the median of {options.Rounds} repeat rounds; Lucene timed warm each time");
        output.WriteLine($"        .NET {Environment.Version}, thread CPU time{(ThreadCpuClock.IsPerThread ? "" : " (process-wide fallback)")}, " +
            $"load average {TextBenchmark.LoadAverage()} on {Environment.ProcessorCount} CPUs");
        output.WriteLine($"        huge pages: {HugePages.Last?.Detail ?? "not asked for"}");
        output.WriteLine();

        Measure(warmUp, pipeline, lucene);
        var settle = SettleJit(warmUp, () => FreshPipeline(nerModel), lucene, options.SettleRounds);
        if (settle.Count > 0)
        {
            // A pipeline whose caches have read the warm-up's words once, and only those, as after the first warm-up pass.
            pipeline = FreshPipeline(nerModel);
            stages = pipeline.Stages;
            Measure(warmUp, pipeline, lucene);
            output.WriteLine($"JIT settling: {settle.Count} more round{(settle.Count == 1 ? "" : "s")} of {SettleArticles:N0} warm-up articles compiled " +
                $"{string.Join(", ", settle)} methods{(settle[^1] < SettledMethods ? "" : " (not settled yet)")}");
            output.WriteLine();
        }
        // Lucene's warm-up pass is a few milliseconds, too short for tiered JIT to promote its code; without more,
        // its pass over the new articles ran at a fifth of its later speed and flattered the first ratio.
        var luceneWarmUp = Stopwatch.StartNew();
        while (luceneWarmUp.Elapsed < LuceneWarmUp) TextBenchmark.RunLucene(warmUp.Count > 0 ? warmUp : texts, lucene);
        var first = Measure(texts, pipeline, lucene);
        var rounds = new List<PassResult>();
        for (int r = 0; r < options.Rounds; r++) rounds.Add(Measure(texts, pipeline, lucene));
        var steady = rounds.OrderBy(p => p.OursSeconds).ElementAt(rounds.Count / 2);

        // Lucene keeps speeding up over the first passes (tiered JIT), so each pass is also set against its fastest one.
        double luceneFastest = rounds.Append(first).Min(p => p.LuceneSeconds);
        Report(output, warmUpOnOthers ? "new articles (warm JIT, caches hold only the warm-up's words)" : "first timed pass", first, stages, texts.Count, megabytes, luceneFastest);
        Report(output, $"repeat: same articles again (median of {rounds.Count}; every cache warm)", steady, stages, texts.Count, megabytes, luceneFastest);
        output.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB");
        return 0;
    }

    private static readonly TimeSpan LuceneWarmUp = TimeSpan.FromSeconds(2);

    /// <summary>A settling round that compiles fewer methods than this ends them (a pass over 1,000 new articles
    /// compiled 10–15 after settling, the rare paths those articles take).</summary>
    public const int SettledMethods = 20;

    private const int SettleArticles = 1000;

    /// <summary>
    /// Tiered JIT promotes a method only after a quiet spell (100 ms) with no new method compiled, and the pipeline's
    /// many rule methods keep meeting first calls: after 3,000 warm-up articles, hundreds of methods still ran
    /// unoptimized or instrumented code, and three more rounds over the same articles compiled 240, 68 and 41
    /// methods (2026-12-05). So 1,000 warm-up articles (the first, or all of them repeated) are run again, both sides, until a round
    /// compiles fewer than <see cref="SettledMethods"/> methods; the same articles, so no cache learns other words.
    /// Each round runs on a pipeline made afresh by <paramref name="fresh"/> (empty word caches): over cached words
    /// alone, the code that describes a new word (the segmenter's analysis, the tagger's word types) was never called
    /// after the quiet spell, stayed unoptimized, and was promoted only during the timed pass over new articles, which
    /// then compiled 150–180 methods instead of 2–8 (2026-12-05). Returns each round's count of methods compiled.
    /// </summary>
    private static List<long> SettleJit(List<string> warmUp, Func<Pipeline> fresh, ArabicAnalyzer lucene, int maxRounds)
    {
        var counts = new List<long>();
        if (warmUp.Count == 0) return counts;
        // Rounds of the same length whatever the warm-up's: a round of 200 articles lasts about as long as tiered JIT's
        // quiet spell, and would end the settling before it had begun.
        var articles = Enumerable.Range(0, SettleArticles).Select(i => warmUp[i % warmUp.Count]).ToList();
        for (int round = 0; round < maxRounds; round++)
        {
            var pipeline = fresh();
            long before = JitInfo.GetCompiledMethodCount();
            Measure(articles, pipeline, lucene);
            counts.Add(JitInfo.GetCompiledMethodCount() - before);
            if (counts[^1] < SettledMethods) break;
        }
        return counts;
    }

    /// <summary>
    /// The analyze pipeline over <paramref name="nerModel"/> with empty word caches: a segmenter of its own (the shared
    /// embedded one's analyzer, a new cache) and this thread's tagger word types forgotten. The stages' results are the
    /// same; only the caches start empty.
    /// </summary>
    private static Pipeline FreshPipeline(NerModel nerModel)
    {
        NerModel.ForgetThreadWordTypes();
        // What the previous pipeline's caches held is garbage now: collected here, outside any timed pass. The memory the
        // collection gives back loses its huge-page mark, and the new caches will be allocated there.
        GC.Collect();
        HugePages.Readvise();
        return HadathPipeline.Create(nerModel, new CliticSegmenter(EmbeddedSegmenter.Instance.Analyzer));
    }

    private sealed record PassResult(double OursSeconds, double LuceneSeconds, long[] StageTicks, long[] StageBytes,
        double GcPauseSeconds, int[] Collections, double KernelSeconds, long PageFaults, long Tokens, long LuceneTokens, double JsonSeconds,
        long JitMethods, TimeSpan JitTime);

    /// <summary>One pass of ours then one of Lucene's; each side's time is this thread's CPU time, and the stages share
    /// ours in proportion to their wall-clock times (a shared machine steals wall time alike from all of them). Each
    /// batch's documents are then written as JSON, as `analyze` prints them: timed apart and left out of ours, since
    /// Lucene's side writes nothing.</summary>
    private static PassResult Measure(List<string> texts, Pipeline pipeline, ArabicAnalyzer lucene)
    {
        var ticks = new long[pipeline.Stages.Length];
        var bytes = new long[pipeline.Stages.Length];
        long tokens = 0;
        double json = 0;
        var jsonOptions = new JsonOutputOptions();
        var pause0 = GC.GetTotalPauseDuration();
        int[] collections0 = CollectionCounts();
        long jitMethods0 = JitInfo.GetCompiledMethodCount();
        var jitTime0 = JitInfo.GetCompilationTime();
        var kernel0 = ThreadCpuClock.Kernel();
        double c0 = ThreadCpuClock.Seconds();
        // As `analyze` runs them: the same batches (Pipeline.Batches), each through one stage before the next (Pipeline.RunBatch).
        foreach (var batchTexts in Pipeline.Batches(texts, text => text.Length, Pipeline.BatchSizeFor(threads: 1)))
        {
            var batch = Array.ConvertAll(batchTexts, text => new PipelineResult(new AnalyzedDocument(text), null, null));
            for (int s = 0; s < pipeline.Stages.Length; s++)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                long t0 = Stopwatch.GetTimestamp();
                pipeline.RunStage(s, batch);
                ticks[s] += Stopwatch.GetTimestamp() - t0;
                bytes[s] += GC.GetAllocatedBytesForCurrentThread() - a0;
            }
            double j0 = ThreadCpuClock.Seconds();
            foreach (var result in batch)
            {
                if (result.Document is null) throw new InvalidOperationException($"bench analyze: {result.FailureMessage}");
                tokens += result.Document.Tokens.Length;
                AnalyzedDocumentJson.SerializeToUtf8Bytes(result.Document, jsonOptions);
            }
            json += ThreadCpuClock.Seconds() - j0;
        }
        double c1 = ThreadCpuClock.Seconds();
        var kernel1 = ThreadCpuClock.Kernel();
        var pause = GC.GetTotalPauseDuration() - pause0;
        int[] collections = CollectionCounts();
        long jitMethods = JitInfo.GetCompiledMethodCount() - jitMethods0;
        var jitTime = JitInfo.GetCompilationTime() - jitTime0;
        for (int g = 0; g < collections.Length; g++) collections[g] -= collections0[g];
        long luceneTokens = TextBenchmark.RunLucene(texts, lucene);
        double c2 = ThreadCpuClock.Seconds();
        return new PassResult(c1 - c0 - json, c2 - c1, ticks, bytes, pause.TotalSeconds, collections,
            kernel1.KernelSeconds - kernel0.KernelSeconds, kernel1.PageFaults - kernel0.PageFaults, tokens, luceneTokens, json,
            jitMethods, jitTime);
    }

    /// <summary>Collections so far of each generation (a collection of gen 2 is counted in gens 0 and 1 too).</summary>
    private static int[] CollectionCounts() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static void Report(TextWriter output, string title, PassResult pass, IReadOnlyList<IStage> stages, int articles, double megabytes,
        double luceneFastest)
    {
        output.WriteLine($"== {title}");
        output.WriteLine($"{"",-24}{"s",9}{"articles/s",12}{"tokens/s",14}{"MB/s",9}");
        output.WriteLine($"{"hadath analyze",-24}{pass.OursSeconds,9:F3}{articles / pass.OursSeconds,12:N0}{pass.Tokens / pass.OursSeconds,14:N0}{megabytes / pass.OursSeconds,9:F3}");
        output.WriteLine($"{"lucene ArabicAnalyzer",-24}{pass.LuceneSeconds,9:F3}{articles / pass.LuceneSeconds,12:N0}{pass.LuceneTokens / pass.LuceneSeconds,14:N0}{megabytes / pass.LuceneSeconds,9:F3}");
        output.WriteLine($"ratio hadath/lucene (MB/s, both warm): {pass.LuceneSeconds / pass.OursSeconds:P2}; " +
            $"against Lucene's fastest pass ({megabytes / luceneFastest:F1} MB/s): {luceneFastest / pass.OursSeconds:P2}");
        output.WriteLine($"GC pauses: {pass.GcPauseSeconds * 1000:F0} ms ({pass.GcPauseSeconds / pass.OursSeconds:P1} of hadath CPU, counted in each stage's share; " +
            $"collections gen0/1/2: {pass.Collections[0]}/{pass.Collections[1]}/{pass.Collections[2]})");
        if (ThreadCpuClock.IsPerThread)
        {
            output.WriteLine($"kernel time: {pass.KernelSeconds * 1000:F0} ms ({pass.KernelSeconds / pass.OursSeconds:P1} of hadath CPU), " +
                $"{pass.PageFaults:N0} page faults (mostly first writes to memory the caches and the GC had not used yet)");
        }
        output.WriteLine($"JIT: {pass.JitMethods:N0} methods compiled during the pass ({pass.JitTime.TotalMilliseconds:F0} ms, on any thread)");
        double wall = Math.Max(1, pass.StageTicks.Sum());
        output.WriteLine($"per stage:{"share",14}{"ms",10}{"µs/article",12}{"KB alloc/article",18}");
        for (int s = 0; s < stages.Count; s++)
        {
            double share = pass.StageTicks[s] / wall;
            double ms = share * pass.OursSeconds * 1000;
            output.WriteLine($"  {stages[s].Name,-15}{share,10:P1}{ms,10:F1}{ms * 1000 / articles,12:F0}{pass.StageBytes[s] / 1024.0 / articles,18:F1}");
        }
        output.WriteLine($"then writing each document's JSON, as analyze prints it: {pass.JsonSeconds * 1000:F1} ms, " +
            $"{pass.JsonSeconds * 1e6 / articles:F0} µs/article (not in the ratio: Lucene's side writes nothing)");
        output.WriteLine();
    }
}
