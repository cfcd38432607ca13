using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Finds event triggers in the words of one sentence. A trigger fires when its condition holds (a toll for an
/// attack noun, a crowd size for a protest verb) and no modality word stands within reach before it: negated
/// (لم يقتل), hypothetical (اذا هاجم), denied (نفى … قصف) and background actions (الذي استهدف) are left out.
/// </summary>
public sealed class EventRecognizer
{
    private const int CrowdWindow = 2;
    private const int ObjectWindow = 5;

    private readonly EventLexicon _lexicon;
    private readonly NumberReader _numbers;

    public EventRecognizer(EventLexicon lexicon, NumberReader numbers)
    {
        _lexicon = lexicon;
        _numbers = numbers;
    }

    /// <summary>A trigger that fired: its span (clitics excluded), the trigger and the rule that fired.</summary>
    public readonly record struct Hit(TextSpan Span, EventTrigger Trigger, string Rule);

    public List<Hit> Recognize(string text, IReadOnlyList<Word> words) => Recognize(text, words, Proclitics.ReadingsOf(text, words));

    /// <summary>As <see cref="Recognize(string, IReadOnlyList{Word})"/>, with the words' readings already looked up.</summary>
    public List<Hit> Recognize(string text, IReadOnlyList<Word> words, Proclitics.Reading[][] readings)
    {
        var hits = new List<Hit>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!words[i].IsLetters) continue;
            if (Match(readings, i) is not { } match) continue;
            var (trigger, start) = match;
            int end = i + trigger.Keys.Length;
            if (Blocked(readings, i) || Condition(readings, words, trigger, i, end) is not { } rule) continue;
            hits.Add(new Hit(new TextSpan(start, words[end - 1].End), trigger, rule));
            i = end - 1;
        }
        return hits;
    }

    private (EventTrigger Trigger, int Start)? Match(Proclitics.Reading[][] readings, int i)
    {
        foreach (var reading in readings[i])
        {
            foreach (var trigger in _lexicon.TriggersStartingWith(reading.Key))
            {
                // Only the attack nouns take the article (الهجوم); a verb read after peeling ال is a noun (التجمع).
                if (reading.HadArticle && trigger.Condition != TriggerCondition.Casualty) continue;
                if (i + trigger.Keys.Length > readings.Length) continue;
                bool all = true;
                for (int k = 1; k < trigger.Keys.Length && all; k++) all = Has(readings[i + k], trigger.Keys[k]);
                if (all) return (trigger, reading.Span.Start);
            }
        }
        return null;
    }

    /// <summary>Whether a negation, hypothetical, denial or relative pronoun within reach before word <paramref name="i"/> takes it out.</summary>
    public bool IsBlocked(Proclitics.Reading[][] readings, int i) => Blocked(readings, i);

    private bool Blocked(Proclitics.Reading[][] readings, int i)
    {
        for (int back = 1; back <= 4 && i - back >= 0; back++)
        {
            // Particles right before the trigger are read as written (وما is not ما); words further back with clitics peeled.
            foreach (var reading in readings[i - back])
            {
                if (_lexicon.Modality(reading.Key) is { } modality && back <= modality.Reach && (modality.Reach > 1 || reading.Span.Start == readings[i - back][0].Span.Start)) return true;
            }
        }
        return false;
    }

    private string? Condition(Proclitics.Reading[][] readings, IReadOnlyList<Word> words, EventTrigger trigger, int start, int end)
    {
        string rule = "trigger:" + trigger.Phrase;
        switch (trigger.Condition)
        {
            case TriggerCondition.Always:
                return rule;
            case TriggerCondition.ProtestObject:
                // نظمت حركة 20 فبراير تظاهرة: what was organised is a protest, a few words on.
                for (int k = end; k < words.Count && k < end + ObjectWindow; k++)
                {
                    foreach (var r in readings[k])
                    {
                        if (_lexicon.Supports(r.Key, TriggerCondition.ProtestObject)) return rule + "+protest-object:" + r.Key;
                    }
                }
                return null;
            case TriggerCondition.Past:
                // بعد لقاء مع, اثر اجتماعه مع: the meeting is over; قبل لقاء, خلال لقاء may be ahead.
                return start > 0 && words[start - 1].Key is "بعد" or "اثر" or "عقب" ? rule + "+after" : null;
            case TriggerCondition.Crowd:
                for (int k = end; k < words.Count && k < end + CrowdWindow; k++)
                {
                    if (words[k].IsNumber || _numbers.Starts(words[k])) return rule + "+crowd:" + words[k].Key;
                    foreach (var r in readings[k])
                    {
                        if (_lexicon.IsCrowdWord(r.Key)) return rule + "+crowd:" + r.Key;
                    }
                }
                return null;
            default:
                string group = trigger.Condition == TriggerCondition.Casualty ? "casualty" : "protest-noun";
                for (int k = 0; k < words.Count; k++)
                {
                    if (k >= start && k < end) continue;
                    foreach (var r in readings[k])
                    {
                        if (_lexicon.Supports(r.Key, trigger.Condition)) return $"{rule}+{group}:{r.Key}";
                    }
                }
                return null;
        }
    }

    private static bool Has(Proclitics.Reading[] readings, string key)
    {
        foreach (var r in readings)
        {
            if (r.Key == key) return true;
        }
        return false;
    }
}
