using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

public enum TriggerCondition
{
    Always,
    Casualty,
    Crowd,
    ProtestNoun,
}

/// <summary>One trigger of <c>Lexicons/event-triggers.tsv</c>.</summary>
public sealed record EventTrigger(string[] Keys, string Code, TriggerCondition Condition)
{
    public string Phrase => string.Join(' ', Keys);
}

/// <summary>A word that takes an action out of the record when it stands within <see cref="Reach"/> words before it.</summary>
public sealed record ModalityWord(string Key, string Kind, int Reach);

/// <summary>Event triggers, their support words and the modality words (<c>Lexicons/event-*.tsv</c>).</summary>
public sealed class EventLexicon
{
    private readonly Dictionary<string, List<EventTrigger>> _triggers = new();
    private readonly Dictionary<string, HashSet<TriggerCondition>> _support = new();
    private readonly HashSet<string> _crowd = new();
    private readonly Dictionary<string, ModalityWord> _modality = new();

    public EventLexicon()
    {
        foreach (var row in LexiconTable.Read("event-triggers.tsv"))
        {
            var keys = LexiconTable.Keys(row[0]);
            if (row[1] == "-")
            {
                if (row[2] == "crowd")
                {
                    _crowd.Add(keys[0]);
                    continue;
                }
                var group = Condition(row[2]);
                if (!_support.TryGetValue(keys[0], out var set)) _support[keys[0]] = set = new();
                set.Add(group);
                continue;
            }
            var trigger = new EventTrigger(keys, row[1], Condition(row[2]));
            if (!_triggers.TryGetValue(keys[0], out var list)) _triggers[keys[0]] = list = new();
            list.Add(trigger);
        }
        foreach (var list in _triggers.Values) list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        foreach (var row in LexiconTable.Read("event-modality.tsv"))
        {
            var key = MatchKey.Of(row[0]);
            _modality[key] = new ModalityWord(key, row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static EventLexicon Shared { get; } = new();

    public IReadOnlyList<EventTrigger> TriggersStartingWith(string key) =>
        _triggers.TryGetValue(key, out var list) ? list : Array.Empty<EventTrigger>();

    public bool Supports(string key, TriggerCondition condition) =>
        _support.TryGetValue(key, out var set) && set.Contains(condition);

    public bool IsCrowdWord(string key) => _crowd.Contains(key);

    public ModalityWord? Modality(string key) => _modality.GetValueOrDefault(key);

    private static TriggerCondition Condition(string name) => name switch
    {
        "always" => TriggerCondition.Always,
        "casualty" => TriggerCondition.Casualty,
        "crowd" => TriggerCondition.Crowd,
        "protest-noun" => TriggerCondition.ProtestNoun,
        _ => throw new InvalidDataException($"event-triggers.tsv: unknown condition '{name}'"),
    };
}
