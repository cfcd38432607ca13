using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>
/// The events stage passes a word by its last letters before asking whether it may start a trigger or be a verb form:
/// that first test must never pass a word the two full tests would let through.
/// </summary>
public sealed class EventGateTests
{
    private static readonly EventStage Stage = new();

    /// <summary>The fronts a reading may lose: a conjunction, a preposition, both, and the article (never read, but asked).</summary>
    private static readonly string[] Fronts = ["", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ال", "وال"];

    private static readonly EventRecognizer Recognizer =
        new(EventLexicon.Shared, Numbers.NumberReader.Shared, new ActorPhrases(Actors.ActorLexicon.Shared));

    /// <summary>The gate bits the two full tests give: trigger bit 0, verb bit 1.</summary>
    private static int FullGate(Word word) => (Recognizer.MayStart(word) ? 1 : 0) | (CameoVerbTable.Shared.MayBeVerb(word) ? 2 : 0);

    private static Word Letters(string key) => new(new TextSpan(0, key.Length), WordKind.Letters, key);

    [Fact]
    public void test_event_gate_keeps_every_trigger_first_key_and_verb_form_behind_any_front()
    {
        var keys = Recognizer.FirstKeys.Concat(CameoVerbTable.Shared.Forms).Distinct().ToList();
        Assert.True(keys.Count > 1000);
        foreach (var key in keys)
        {
            foreach (var front in Fronts)
            {
                var word = Letters(front + key);
                int full = FullGate(word);
                Assert.True(full != 0 || front.Length > 0, key);
                Assert.Equal(full, Stage.GateOf(word));
            }
        }
    }

    [Theory]
    [InlineData("الاستقلال")]   // ends as no first key and no form
    [InlineData("وقال")]
    [InlineData("قتل")]
    [InlineData("وزارة")]
    public void test_event_gate_equals_the_full_tests(string key) => Assert.Equal(FullGate(Letters(key)), Stage.GateOf(Letters(key)));

    [Fact]
    public void test_event_gate_passes_numbers_and_marks() =>
        Assert.Equal(0, Stage.GateOf(new Word(new TextSpan(0, 1), WordKind.Punctuation, "،")));
}
