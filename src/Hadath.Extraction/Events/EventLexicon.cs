using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

public enum TriggerCondition
{
    Always,
    Casualty,
    Crowd,
    ProtestNoun,
    Past,
    ProtestObject,
    WeaponObject,
    Toll,
    ClashWith,
    Captive,
    Dispersal,
    Opening,
    AfterAct,
    Onset,
    AfterComma,
    Launched,
    BombObject,
    Custody,
    Blame,
    StruckWith,
    LaunchedOn,
    /// <summary>An attack noun whose launcher follows it with the noun as its object pronoun (هجوم شنه X على مواقع Y).</summary>
    LaunchedAfter,
    /// <summary>A repelling verb with the attackers or their attempt after it with ل (تصدت القوات لمحاولة تسلل, تصدوا للمهاجمين).</summary>
    Repelled,
    /// <summary>An imposing verb with the curfew a few words on, past its subject (فرضت قيادة العمليات حظرا للتجوال).</summary>
    CurfewObject,
    /// <summary>A seizing verb with goods caught in its clause after its subject (ضبطت الشرطة اسلحة وذخائر, وضبطت بحوزتهم بندقيتين).</summary>
    SeizedGoods,
    /// <summary>A downing verb with an aircraft or a drone a few words on, past its subject (اسقطت القوات المسلحة طائرة مسيرة).</summary>
    DownedCraft,
    Position,
    SetFire,
    ProtestBefore,
    /// <summary>A launching verb whose object pronoun points back to a drone told right before it (طائرات مسيرة مفخخة اطلقتها الجماعة).</summary>
    WeaponBefore,
    AfterProtest,
    Expelled,
    CriticismObject,
    Entered,
    RoadCut,
    /// <summary>Support only: plural nouns of people who may protest (اللاجئون, الطلبة, سكان, عائلات).</summary>
    People,
    /// <summary>Support only: nouns of protesters (المتظاهرون, محتجون, المعتصمون), who protest whatever verb of gathering or marching tells of them.</summary>
    Protesters,
    Suffered,
    /// <summary>A town, a base, a position or a place name after على: territory taken (سيطر التنظيم على بلدة X).</summary>
    SeizedPlace,
    /// <summary>As <see cref="SeizedPlace"/>, the verbal noun after تمكن … من (تمكن مسلحو التنظيم من السيطرة على منطقة X).</summary>
    SeizedAchieved,
    /// <summary>An exchange verb with اطلاق النار past its subject or the other side's pronoun (وتبادلت معهم قوات الامن اطلاق النار).</summary>
    FireExchanged,
    /// <summary>A plural strike verb right after a side's own men and ان (ان مقاتليه استهدفوا موقعا): the side tells of its own blow.</summary>
    OwnMen,
}

/// <summary>
/// How a trigger's arguments are found: a verb has its subject before it (SVO) or after it (VSO) and its object
/// after; a noun (هجوم, احتجاجا على) names its agent only in شنه X and its target after على/ضد; a passive verb's
/// subject is what the action was done to (اغتيل X, تعرض X لهجوم); a meeting noun (بعد لقاء مع X) is the sentence
/// subject's meeting with X.
/// </summary>
public enum TriggerRole
{
    Verb,
    Noun,
    Passive,
    Meeting,
    /// <summary>A verbal noun after an act verb (قامت قوات الامن باطلاق النار على X): the doer stands before the noun, what was hit after it.</summary>
    ActNoun,
    Circumstantial,
}

/// <summary>One trigger of <c>Lexicons/event-triggers.tsv</c>.</summary>
public sealed record EventTrigger(string[] Keys, string Code, TriggerCondition Condition, TriggerRole Role = TriggerRole.Verb)
{
    private readonly string[] _keys = Keys;
    private readonly string _phrase = string.Join(' ', Keys);
    private readonly string _rule = RuleOf(Keys);

    /// <summary>The trigger's keys; setting them (a copy made with others) sets <see cref="Phrase"/> and <see cref="Rule"/> with them.</summary>
    public string[] Keys
    {
        get => _keys;
        init => (_keys, _phrase, _rule) = (value, string.Join(' ', value), RuleOf(value));
    }

    /// <summary>The keys joined by spaces, made once: it was joined anew for every candidate the recognizer tested.</summary>
    public string Phrase => _phrase;

    /// <summary>
    /// The rule a hit of this trigger starts with (<c>trigger:</c> and <see cref="Phrase"/>), made once: the recognizer
    /// made it (and the phrase) for every candidate it tested, before the condition that refuses most of them.
    /// </summary>
    internal string Rule => _rule;

    private static string RuleOf(string[] keys) => "trigger:" + string.Join(' ', keys);
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
            var condition = Condition(row[2]);
            var role = row.Length > 3 ? RoleOf(row[3]) : condition == TriggerCondition.Casualty ? TriggerRole.Noun : TriggerRole.Verb;
            var trigger = new EventTrigger(keys, row[1], condition, role);
            if (!_triggers.TryGetValue(keys[0], out var list)) _triggers[keys[0]] = list = new();
            list.Add(trigger);
        }
        foreach (var list in _triggers.Values) list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        FirstKeys = new ReadingPrefilter(TriggerFirstKeys, nameKeys: false);
        foreach (var row in LexiconTable.Read("event-modality.tsv"))
        {
            var key = MatchKey.Of(row[0]);
            _modality[key] = new ModalityWord(key, row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));
        }
        MaxReach = _modality.Values.Max(m => m.Reach);
    }

    public static EventLexicon Shared { get; } = new();

    /// <summary>Whether a word may have a reading (no article peeled) that starts a trigger, tested on its key in place.</summary>
    internal ReadingPrefilter FirstKeys { get; }

    /// <summary>The keys a trigger's first word may have: what <see cref="FirstKeys"/> looks readings up among.</summary>
    internal IEnumerable<string> TriggerFirstKeys => _triggers.Keys;

    public IReadOnlyList<EventTrigger> TriggersStartingWith(string key) =>
        _triggers.TryGetValue(key, out var list) ? list : Array.Empty<EventTrigger>();

    /// <summary>
    /// <see cref="TriggersStartingWith"/> in place (never modify): the recognizer asks it of every reading of every word
    /// that may start a trigger, and a foreach over the list's interface made an enumerator for each of them.
    /// </summary>
    internal ReadOnlySpan<EventTrigger> TriggerSpanStartingWith(string key) =>
        _triggers.TryGetValue(key, out var list) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [];

    public bool Supports(string key, TriggerCondition condition) =>
        _support.TryGetValue(key, out var set) && set.Contains(condition);

    public bool IsCrowdWord(string key) => _crowd.Contains(key);

    public ModalityWord? Modality(string key) => _modality.GetValueOrDefault(key);

    /// <summary>The farthest any modality word reaches (a denial: نفت قيادة العمليات المشتركة ان … قصفت).</summary>
    public int MaxReach { get; }

    private static TriggerCondition Condition(string name) => name switch
    {
        "always" => TriggerCondition.Always,
        "casualty" => TriggerCondition.Casualty,
        "crowd" => TriggerCondition.Crowd,
        "protest-noun" => TriggerCondition.ProtestNoun,
        "past" => TriggerCondition.Past,
        "protest-object" => TriggerCondition.ProtestObject,
        "weapon-object" => TriggerCondition.WeaponObject,
        "toll" => TriggerCondition.Toll,
        "clash-with" => TriggerCondition.ClashWith,
        "captive" => TriggerCondition.Captive,
        "dispersal" => TriggerCondition.Dispersal,
        "opening" => TriggerCondition.Opening,
        "after-act" => TriggerCondition.AfterAct,
        "onset" => TriggerCondition.Onset,
        "after-comma" => TriggerCondition.AfterComma,
        "launched" => TriggerCondition.Launched,
        "bomb-object" => TriggerCondition.BombObject,
        "custody" => TriggerCondition.Custody,
        "blame" => TriggerCondition.Blame,
        "after-protest" => TriggerCondition.AfterProtest,
        "struck-with" => TriggerCondition.StruckWith,
        "launched-on" => TriggerCondition.LaunchedOn,
        "launched-after" => TriggerCondition.LaunchedAfter,
        "repelled" => TriggerCondition.Repelled,
        "curfew-object" => TriggerCondition.CurfewObject,
        "seized-goods" => TriggerCondition.SeizedGoods,
        "downed-craft" => TriggerCondition.DownedCraft,
        "position" => TriggerCondition.Position,
        "set-fire" => TriggerCondition.SetFire,
        "protest-before" => TriggerCondition.ProtestBefore,
        "weapon-before" => TriggerCondition.WeaponBefore,
        "expelled" => TriggerCondition.Expelled,
        "criticism-object" => TriggerCondition.CriticismObject,
        "entered" => TriggerCondition.Entered,
        "road-cut" => TriggerCondition.RoadCut,
        "people" => TriggerCondition.People,
        "protesters" => TriggerCondition.Protesters,
        "suffered" => TriggerCondition.Suffered,
        "own-men" => TriggerCondition.OwnMen,
        "seized-place" => TriggerCondition.SeizedPlace,
        "seized-achieved" => TriggerCondition.SeizedAchieved,
        "fire-exchanged" => TriggerCondition.FireExchanged,
        _ => throw new InvalidDataException($"event-triggers.tsv: unknown condition '{name}'"),
    };

    private static TriggerRole RoleOf(string name) => name switch
    {
        "verb" => TriggerRole.Verb,
        "noun" => TriggerRole.Noun,
        "passive" => TriggerRole.Passive,
        "meeting" => TriggerRole.Meeting,
        "act-noun" => TriggerRole.ActNoun,
        "circumstantial" => TriggerRole.Circumstantial,
        _ => throw new InvalidDataException($"event-triggers.tsv: unknown role '{name}'"),
    };
}
