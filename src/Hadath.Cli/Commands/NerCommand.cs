using System.CommandLine;
using System.Text;
using Hadath.Entities;
using Hadath.Entities.Training;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath ner --conll FILE|-</c>: tags pre-tokenized CoNLL input. Every token line comes back as the token,
/// a space and its IOB2 tag; blank lines stay blank, so output aligns with input line by line.
/// </summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL input (first column = token, blank line between sentences), or - for stdin.", Required = true };
        var model = new Option<string?>("--model") { Description = "A model file instead of the embedded one." };
        var command = new Command("ner", "Tag named entities (PER, LOC, ORG, MISC) in CoNLL input, one token per line.") { conll, model };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(conll)!;
            if (path != "-" && !File.Exists(path))
            {
                Console.Error.WriteLine($"hadath ner: {path}: no such file");
                return 2;
            }
            var tagger = LoadModel(parse.GetValue(model), "ner");
            if (tagger is null) return 2;
            using var input = path == "-"
                ? new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false, true))
                : new StreamReader(path, new UTF8Encoding(false, true));
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            ConllTagging.Run(tagger, input, output);
            return 0;
        });
        return command;
    }

    internal static NerModel? LoadModel(string? path, string verb)
    {
        try
        {
            return path is null ? NerModel.LoadEmbedded() : NerModel.Load(path);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"hadath {verb}: cannot load the NER model: {ex.Message}");
            return null;
        }
    }
}
