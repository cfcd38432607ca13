using Hadath.Arabic.Sentences;
using Hadath.Arabic.Tokenization;
using Hadath.Core;
using Hadath.Core.Json;

namespace Hadath.Arabic.Tests.Golden;

/// <summary>
/// Whole-document behaviour: each folder under <c>Golden/</c> holds <c>input.txt</c> and the exact
/// <c>expected.json</c> (tokens and sentences). Set <c>HADATH_REGENERATE_GOLDEN=1</c> to rewrite the expected files
/// after an intended change, then review the diff before committing.
/// </summary>
public sealed class GoldenTests
{
    private const string RegenerateVariable = "HADATH_REGENERATE_GOLDEN";

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(GoldenDirectory()).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Tokens_and_sentences_match_the_golden_file(string name)
    {
        var dir = Path.Combine(GoldenDirectory(), name);
        var text = File.ReadAllText(Path.Combine(dir, "input.txt"));
        var doc = new AnalyzedDocument(text, DocumentMetadata.Empty with { Id = name });
        doc = new SentenceSplitterStage().Process(new TokenizerStage().Process(doc));
        var actual = AnalyzedDocumentJson.Serialize(doc, new JsonOutputOptions { IncludeTokens = true, Indented = true }) + "\n";
        var expectedPath = Path.Combine(dir, "expected.json");
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run the tests with {RegenerateVariable}=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    /// <summary>The source folder (found upwards from the test binary), so regeneration rewrites the committed files.</summary>
    private static string GoldenDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Hadath.Arabic.Tests", "Golden");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"tests/Hadath.Arabic.Tests/Golden not found above {AppContext.BaseDirectory}");
    }
}
