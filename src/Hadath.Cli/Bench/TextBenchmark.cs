using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using Hadath.Arabic.Normalization;
using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Sentences;
using Hadath.Arabic.Tokenization;
using Hadath.Core;
using Hadath.Core.Input;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Hadath.Cli.Bench;

public sealed record TextBenchmarkOptions
{
    public IReadOnlyList<string> Files { get; init; } = [];
    public int Rounds { get; init; } = 5;

    /// <summary>Each round repeats the corpus until it has used at least this much CPU time, so small corpora time reliably.</summary>
    public TimeSpan MinRoundTime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Warm-up runs both sides for at least this long, so tiered JIT has settled before timing.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Times, on one thread, normalize + tokenize + sentence-split + segment over a corpus, and Lucene.Net's
/// ArabicAnalyzer over the same texts; warms up first, then reports the median of several rounds.
/// Shared by <c>hadath bench text</c> and <c>bench/Hadath.Bench</c>.
/// </summary>
public static class TextBenchmark
{
    private const string DefaultSample = "bench/data/jawharafm-sample.jsonl";
    private const int Slices = 10;
    private static readonly string[] StageNames = ["normalize", "tokenize", "sentences", "segment"];

    public static int Run(TextBenchmarkOptions options, TextWriter output, TextWriter errors)
    {
        var files = options.Files.Count > 0 ? options.Files : [FindDefaultSample()];
        var texts = LoadTexts(files, errors);
        if (texts.Count == 0)
        {
            errors.WriteLine("error: no documents to measure");
            return 2;
        }
        if (IsDebugBuild()) errors.WriteLine("warning: this is a Debug build; measure with -c Release");

        var tokenizer = new TokenizerStage();
        var splitter = new SentenceSplitterStage();
        var segmenter = new SegmenterStage();
        using var lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);

        // Warm-up, which also counts what the corpus holds; then calibrate passes per round.
        var (tokens, sentences) = RunOurs(texts, tokenizer, splitter, segmenter, new long[StageNames.Length]);
        long luceneTokens = RunLucene(texts, lucene);
        long warmStart = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warmStart) < options.WarmUp)
        {
            RunOurs(texts, tokenizer, splitter, segmenter, new long[StageNames.Length]);
            RunLucene(texts, lucene);
        }
        int oursPasses = PassesFor(options.MinRoundTime, () => RunOurs(texts, tokenizer, splitter, segmenter, new long[StageNames.Length]));
        int lucenePasses = PassesFor(options.MinRoundTime, () => RunLucene(texts, lucene));

        var stageSeconds = StageNames.Select(_ => new List<double>()).ToArray();
        var oursSeconds = new List<double>();
        var luceneSeconds = new List<double>();
        for (int round = 0; round < options.Rounds; round++)
        {
            // Both sides take turns in slices, so whatever else runs on the machine hits them alike; each side's
            // time is this thread's CPU time, and the stages share ours in proportion to their wall-clock times.
            var ticks = new long[StageNames.Length];
            double oursCpu = 0, luceneCpu = 0;
            for (int slice = 0; slice < Slices; slice++)
            {
                double c0 = ThreadCpuClock.Seconds();
                for (int p = SliceStart(oursPasses, slice); p < SliceStart(oursPasses, slice + 1); p++) RunOurs(texts, tokenizer, splitter, segmenter, ticks);
                double c1 = ThreadCpuClock.Seconds();
                for (int p = SliceStart(lucenePasses, slice); p < SliceStart(lucenePasses, slice + 1); p++) RunLucene(texts, lucene);
                double c2 = ThreadCpuClock.Seconds();
                oursCpu += c1 - c0;
                luceneCpu += c2 - c1;
            }
            double perPass = oursCpu / oursPasses;
            double wall = Math.Max(1, ticks.Sum());
            for (int s = 0; s < ticks.Length; s++) stageSeconds[s].Add(perPass * ticks[s] / wall);
            oursSeconds.Add(perPass);
            luceneSeconds.Add(luceneCpu / lucenePasses);
        }

        double megabytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1e6;
        long chars = texts.Sum(t => (long)t.Length);
        output.WriteLine($"corpus: {texts.Count:N0} articles, {chars:N0} chars, {megabytes:F2} MB UTF-8, {tokens:N0} tokens, {sentences:N0} sentences");
        output.WriteLine($"method: one thread, {options.WarmUp.TotalSeconds:F0} s warm-up, median of {options.Rounds} rounds (hadath {oursPasses} and Lucene {lucenePasses} corpus passes per round), {RuntimeLabel()}");
        output.WriteLine();
        var allocated = MeasureAllocations(texts, tokenizer, splitter, segmenter, lucene);
        output.WriteLine($"{"stage",-26}{"ms/pass",10}{"tokens/s",14}{"MB/s",9}{"articles/s",12}{"alloc B/char",14}");
        for (int s = 0; s < StageNames.Length; s++)
        {
            WriteRow(output, "  " + StageNames[s], Median(stageSeconds[s]), tokens, megabytes, texts.Count, allocated[s] / (double)chars);
        }
        double ours = Median(oursSeconds), theirs = Median(luceneSeconds);
        WriteRow(output, "hadath (all four)", ours, tokens, megabytes, texts.Count, allocated[..^1].Sum() / (double)chars);
        WriteRow(output, "lucene ArabicAnalyzer", theirs, luceneTokens, megabytes, texts.Count, allocated[^1] / (double)chars);
        output.WriteLine();
        output.WriteLine($"lucene emits {luceneTokens:N0} tokens (stop words and punctuation dropped, stems); its tokens/s counts those.");
        output.WriteLine($"ratio hadath/lucene: {theirs / ours:F2}x the throughput on the same text (MB/s), {tokens / ours / (luceneTokens / theirs):F2}x in tokens/s");
        double bestOurs = oursSeconds.Min(), bestTheirs = luceneSeconds.Min();
        output.WriteLine($"best round: hadath {tokens / bestOurs:N0} tokens/s {megabytes / bestOurs:F2} MB/s, lucene {luceneTokens / bestTheirs:N0} tokens/s {megabytes / bestTheirs:F2} MB/s, ratio {bestTheirs / bestOurs:F2}x (MB/s)");
        output.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB");
        return 0;
    }

    private static (long Tokens, long Sentences) RunOurs(List<string> texts, TokenizerStage tokenizer, SentenceSplitterStage splitter,
        SegmenterStage segmenter, long[] ticks)
    {
        long tokens = 0, sentences = 0;
        foreach (var text in texts)
        {
            long t0 = Stopwatch.GetTimestamp();
            var view = ArabicNormalizer.View.Normalize(text);
            long t1 = Stopwatch.GetTimestamp();
            var doc = tokenizer.Process(new AnalyzedDocument(text));
            long t2 = Stopwatch.GetTimestamp();
            doc = splitter.Process(doc);
            long t3 = Stopwatch.GetTimestamp();
            doc = segmenter.Process(doc);
            long t4 = Stopwatch.GetTimestamp();
            ticks[0] += t1 - t0;
            ticks[1] += t2 - t1;
            ticks[2] += t3 - t2;
            ticks[3] += t4 - t3;
            GC.KeepAlive(view);
            tokens += doc.Tokens.Length;
            sentences += doc.Sentences.Length;
        }
        return (tokens, sentences);
    }

    internal static long RunLucene(List<string> texts, ArabicAnalyzer analyzer)
    {
        long count = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("body", new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (term.Length > 0) count++;
            }
            stream.End();
        }
        return count;
    }

    private static int SliceStart(int passes, int slice) => passes * slice / Slices;

    /// <summary>Passes per round from the CPU time of a few passes.</summary>
    private static int PassesFor(TimeSpan minRoundTime, Action pass)
    {
        long begin = Stopwatch.GetTimestamp();
        double cpu = ThreadCpuClock.Seconds();
        int count = 0;
        while (count < 3 || (count < 1000 && Stopwatch.GetElapsedTime(begin).TotalSeconds < 0.3))
        {
            pass();
            count++;
        }
        double perPass = Math.Max((ThreadCpuClock.Seconds() - cpu) / count, 1e-6);
        return (int)Math.Clamp(Math.Ceiling(minRoundTime.TotalSeconds / perPass), 1, 100_000);
    }

    private static int PassesFor<T>(TimeSpan minRoundTime, Func<T> pass) => PassesFor(minRoundTime, () => { pass(); });

    internal static List<string> LoadTexts(IReadOnlyList<string> files, TextWriter errors)
    {
        var texts = new List<string>();
        var options = new ReaderOptions();
        foreach (var file in files)
        {
            IEnumerable<InputDocument> documents;
            try
            {
                documents = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                    ? DocumentReader.ReadBytes(Gunzip(file), file, options)
                    : DocumentReader.ReadFile(file, options);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                errors.WriteLine($"{file}: {ex.Message}");
                continue;
            }
            foreach (var doc in documents)
            {
                if (doc.IsError) errors.WriteLine($"{doc.Origin}: {doc.Error}");
                else if (!string.IsNullOrEmpty(doc.Text)) texts.Add(doc.Text);
            }
        }
        return texts;
    }

    private static byte[] Gunzip(string file)
    {
        using var input = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The bundled sample, looked for from the working directory and from the binary upwards (a repository checkout).</summary>
    internal static string FindDefaultSample()
    {
        foreach (var root in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, DefaultSample);
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException($"{DefaultSample} not found above the working directory; pass corpus files explicitly");
    }

    private static void WriteRow(TextWriter output, string label, double seconds, long tokens, double megabytes, int articles, double bytesPerChar) =>
        output.WriteLine($"{label,-26}{seconds * 1000,10:F2}{tokens / seconds,14:N0}{megabytes / seconds,9:F2}{articles / seconds,12:N0}{bytesPerChar,14:F1}");

    /// <summary>Bytes allocated by each stage and by Lucene over one pass (exact, unlike times on a busy machine).</summary>
    private static long[] MeasureAllocations(List<string> texts, TokenizerStage tokenizer, SentenceSplitterStage splitter,
        SegmenterStage segmenter, ArabicAnalyzer lucene)
    {
        var bytes = new long[StageNames.Length + 1];
        foreach (var text in texts)
        {
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(ArabicNormalizer.View.Normalize(text));
            long a1 = GC.GetAllocatedBytesForCurrentThread();
            var doc = tokenizer.Process(new AnalyzedDocument(text));
            long a2 = GC.GetAllocatedBytesForCurrentThread();
            doc = splitter.Process(doc);
            long a3 = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(segmenter.Process(doc));
            long a4 = GC.GetAllocatedBytesForCurrentThread();
            bytes[0] += a1 - a0;
            bytes[1] += a2 - a1;
            bytes[2] += a3 - a2;
            bytes[3] += a4 - a3;
        }
        long l0 = GC.GetAllocatedBytesForCurrentThread();
        RunLucene(texts, lucene);
        bytes[^1] = GC.GetAllocatedBytesForCurrentThread() - l0;
        return bytes;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    internal static bool IsDebugBuild() =>
        typeof(TokenizerStage).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled ?? false;

    private static string RuntimeLabel() =>
        $".NET {Environment.Version}, {(IsDebugBuild() ? "Debug" : "Release")} build, times are {(ThreadCpuClock.IsPerThread ? "this thread's" : "the process's")} CPU time" +
        $" (load average {LoadAverage()} on {Environment.ProcessorCount} logical CPUs)";

    internal static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
