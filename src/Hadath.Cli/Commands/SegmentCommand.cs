using System.CommandLine;
using System.Text;
using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Tokenization;
using Hadath.Core;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath segment</c>: one output line per input line, each token written as its segments joined by '+'
/// (وبانه → و+ب+أن+ه, or و+ب+ان+ه with --surface).
/// </summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var pretokenized = new Option<bool>("--pretokenized") { Description = "Input tokens are already separated by spaces: keep them as they are." };
        var surface = new Option<bool>("--surface") { Description = "Print the letters of each piece instead of its restored form." };
        var fallback = new Option<bool>("--fallback") { Description = "Use the rule-based fallback even when the trained model is embedded." };
        var model = new Option<string?>("--model") { Description = "Use this segmenter.bin instead of the embedded model." };
        var file = CommonOptions.File();
        var command = new Command("segment", "Split tokens into clitics and stems (PADT style), one output line per input line.")
        {
            pretokenized, surface, fallback, model, file,
        };
        command.SetAction(parse =>
        {
            var segmenter = SegmenterChoice.Create(parse.GetValue(fallback), parse.GetValue(model), out var error);
            if (segmenter is null)
            {
                Console.Error.WriteLine($"hadath segment: {error}");
                return 2;
            }
            Console.Error.WriteLine($"hadath segment: {segmenter.Description}");
            var path = parse.GetValue(file)!;
            if (path != "-" && !File.Exists(path))
            {
                Console.Error.WriteLine($"hadath segment: {path}: no such file");
                return 2;
            }
            // Strict UTF-8 (a UTF-8 BOM is skipped; anything else that is not UTF-8 is an error, never guessed).
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
            using var input = new StreamReader(path == "-" ? Console.OpenStandardInput() : File.OpenRead(path), utf8, detectEncodingFromByteOrderMarks: false);
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            try
            {
                Run(input, output, segmenter, parse.GetValue(pretokenized), parse.GetValue(surface));
            }
            catch (DecoderFallbackException e)
            {
                output.Flush();
                Console.Error.WriteLine($"hadath segment: input is not valid UTF-8 ({e.Message})");
                return 1;
            }
            return 0;
        });
        return command;
    }

    public static void Run(TextReader input, TextWriter output, CliticSegmenter segmenter, bool pretokenized, bool surface)
    {
        IStage tokenizer = new TokenizerStage();
        var line = new StringBuilder();
        while (input.ReadLine() is { } text)
        {
            line.Clear();
            if (pretokenized)
            {
                foreach (var token in text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    Append(line, token, segmenter.Analyze(token), surface);
                }
            }
            else
            {
                var document = tokenizer.Process(new AnalyzedDocument(text));
                foreach (var token in document.Tokens)
                {
                    var letters = document.Slice(token.Span);
                    Append(line, letters, segmenter.Analyze(letters), surface);
                }
            }
            output.WriteLine(line);
        }
    }

    private static void Append(StringBuilder line, string token, WordAnalysis analysis, bool surface)
    {
        if (line.Length > 0) line.Append(' ');
        line.Append(analysis.Render(surface ? token : null));
    }
}

/// <summary>Picks the segmenter a command runs: a model file, the forced fallback, or what is embedded.</summary>
internal static class SegmenterChoice
{
    public static CliticSegmenter? Create(bool fallback, string? modelPath, out string? error)
    {
        error = null;
        if (fallback) return EmbeddedSegmenter.CreateFallback();
        if (modelPath is null) return EmbeddedSegmenter.Instance;
        try
        {
            using var stream = File.OpenRead(modelPath);
            return new CliticSegmenter(new TrainedWordAnalyzer(SegmenterModel.Load(stream)));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error = $"cannot load model {modelPath}: {e.Message}";
            return null;
        }
    }
}
