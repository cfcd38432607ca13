using Hadath.Core;
using Hadath.Entities.Evaluation;
using Hadath.Extraction.Actors;

namespace Hadath.Cli.Commands;

/// <summary>
/// Scores the source and target of coded events against the Arabic event gold's spans (<c>*_spans_dev.json</c>), one
/// sentence at a time. The gold marks each sentence by two to four annotators, each giving one event as token lists
/// (verb, source actor, target actor) and CAMEO roles (<c>main</c>: a country or bloc, <c>role</c>: GOV, MIL, CVL …).
/// The matching rules:
/// <list type="bullet">
/// <item>The sentence holds a gold event when at least half of its annotators marked a verb. Ours is an event of the
/// file's PLOVER type (the type the detection score asks for). Event found: a sentence with a gold event and one of ours
/// (tp), ours without a gold event (fp), a gold event without ours (fn).</item>
/// <item>A side (source or target) is in the gold when at least half of the annotators who marked a verb gave it; its
/// tokens are the union of theirs, each found in the text as a whole word (every occurrence).</item>
/// <item>Sides are scored only on paired events: of several of ours in the sentence, the one whose sides overlap the gold
/// most (the first on a tie). Our side is right when one of its spans (an entity's mentions, or the phrase) overlaps a
/// gold token: tp; a side we give that is wrong or that the gold lacks is fp; a gold side we miss or get wrong is fn
/// (so a wrong side counts twice). Limits: a side is right on any overlap, so a side far longer than the gold's is
/// not punished; and further events of ours in the sentence, beside the one paired, are not counted (the detection score
/// is where false events cost).</item>
/// <item>Country and role: only where the gold side gives one (<c>main</c> or <c>role</c> other than None/UNKNOWN, from
/// the annotators who gave that side). tp when our side is right and our actor code agrees (its first three letters
/// are the country; a role agrees with any later three-letter block: IRQGOVMIL is IRQ with GOV and MIL); fp when our right side has a code that
/// disagrees; fn when the gold's country or role is not matched. CAMEO writes a role alone where the country is unknown
/// (UAF, CVL): a code whose first block is a role code (<see cref="CameoRoles"/>) gives no country, and every block of it
/// is a role, so an unnamed gunman coded UAF agrees with the gold's role UAF and is no false country.</item>
/// </list>
/// </summary>
internal sealed class EventArgumentScorer
{
    /// <summary>One annotator's event: the tokens of the verb and each side, and each side's CAMEO roles (null when not given).</summary>
    public sealed record Annotation(
        IReadOnlyList<string> Verb, IReadOnlyList<string> Source, IReadOnlyList<string> Target,
        string? SourceCountry = null, string? SourceRole = null, string? TargetCountry = null, string? TargetRole = null);

    /// <summary>One side of one of our events: the spans that stand for it and its actor code.</summary>
    public sealed record Side(IReadOnlyList<TextSpan> Spans, string? Code);

    /// <summary>One of our events of the type scored.</summary>
    public sealed record Predicted(Side? Source, Side? Target);

    /// <summary>True, false and missed counts of one measure.</summary>
    public sealed class Tally
    {
        public SpanScore Score { get; private set; }

        public void Add(int tp, int fp, int fn) => Score = new SpanScore(Score.TruePositives + tp, Score.FalsePositives + fp, Score.FalseNegatives + fn);

        public void Add(Tally other) => Add(other.Score.TruePositives, other.Score.FalsePositives, other.Score.FalseNegatives);
    }

    public Tally Found { get; } = new();
    public Tally Source { get; } = new();
    public Tally Target { get; } = new();
    public Tally Country { get; } = new();
    public Tally Role { get; } = new();

    /// <summary>
    /// What one sentence came to, for listing errors: whether each side was right, the gold sides' words, and for a right
    /// side whose code misses the gold's country or role, the gold's (IRQ/MIL) against ours.
    /// </summary>
    public sealed record Outcome(bool Gold, bool Ours, bool? SourceRight, bool? TargetRight, string GoldSource, string GoldTarget)
    {
        public string? SourceCodeMiss { get; init; }
        public string? TargetCodeMiss { get; init; }
    }

    /// <summary>Adds another scorer's counts to this one's (the figures over both event types).</summary>
    public void Add(EventArgumentScorer other)
    {
        Found.Add(other.Found);
        Source.Add(other.Source);
        Target.Add(other.Target);
        Country.Add(other.Country);
        Role.Add(other.Role);
    }

    /// <summary>Scores one sentence: its text, the annotators' events and our events of the type scored.</summary>
    public Outcome Score(string text, IReadOnlyList<Annotation> annotators, IReadOnlyList<Predicted> ours)
    {
        var marked = annotators.Where(a => a.Verb.Count > 0).ToList();
        bool gold = marked.Count > 0 && 2 * marked.Count >= annotators.Count;
        Found.Add(gold && ours.Count > 0 ? 1 : 0, !gold && ours.Count > 0 ? 1 : 0, gold && ours.Count == 0 ? 1 : 0);
        if (!gold || ours.Count == 0) return new Outcome(gold, ours.Count > 0, null, null, "", "");
        var source = GoldSide.Of(text, marked, a => a.Source, a => a.SourceCountry, a => a.SourceRole);
        var target = GoldSide.Of(text, marked, a => a.Target, a => a.TargetCountry, a => a.TargetRole);
        var paired = ours.OrderByDescending(p => (Right(p.Source, source) ? 1 : 0) + (Right(p.Target, target) ? 1 : 0)).First();
        var (sourceRight, sourceMiss) = ScoreSide(paired.Source, source, Source);
        var (targetRight, targetMiss) = ScoreSide(paired.Target, target, Target);
        return new Outcome(true, true, sourceRight, targetRight, source?.Words ?? "", target?.Words ?? "")
        {
            SourceCodeMiss = sourceMiss,
            TargetCodeMiss = targetMiss,
        };
    }

    /// <summary>A gold side: where its tokens stand in the text, the tokens themselves, and the countries and roles given for it.</summary>
    private sealed record GoldSide(IReadOnlyList<TextSpan> Spans, string Words, IReadOnlySet<string> Countries, IReadOnlySet<string> Roles)
    {
        /// <summary>The side when at least half of the annotators who marked a verb gave it; else null.</summary>
        public static GoldSide? Of(string text, List<Annotation> marked, Func<Annotation, IReadOnlyList<string>> tokens,
            Func<Annotation, string?> country, Func<Annotation, string?> role)
        {
            var giving = marked.Where(a => tokens(a).Count > 0).ToList();
            if (giving.Count == 0 || 2 * giving.Count < marked.Count) return null;
            var words = giving.SelectMany(tokens).Distinct(StringComparer.Ordinal).ToList();
            var spans = words.SelectMany(w => Occurrences(text, w)).ToList();
            return new GoldSide(spans, string.Join(' ', words), Codes(giving.Select(country)), Codes(giving.Select(role)));
        }

        private static HashSet<string> Codes(IEnumerable<string?> given) =>
            given.Where(c => c is { Length: > 0 } && c is not ("None" or "UNKNOWN")).Select(c => c!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every place <paramref name="word"/> stands in the text as a whole word (no letter or digit touching it on either side).</summary>
    internal static IEnumerable<TextSpan> Occurrences(string text, string word)
    {
        if (word.Length == 0) yield break;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            bool whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (whole) yield return new TextSpan(at, end);
        }
    }

    private static bool Right(Side? ours, GoldSide? gold) =>
        ours is not null && gold is not null && ours.Spans.Any(s => gold.Spans.Any(g => g.Overlaps(s)));

    /// <summary>
    /// Adds one side's span score and its code scores; whether our side was right (null when neither gave one) and, when it
    /// was right but its code missed the gold's country or role, what the gold gave against what we gave.
    /// </summary>
    private (bool? Right, string? CodeMiss) ScoreSide(Side? ours, GoldSide? gold, Tally spans)
    {
        if (ours is null && gold is null) return (null, null);
        bool right = Right(ours, gold);
        spans.Add(right ? 1 : 0, ours is not null && !right ? 1 : 0, gold is not null && !right ? 1 : 0);
        if (gold is null) return (right, null);
        var blocks = Blocks(right ? ours!.Code : null);
        // A code that opens with a role (UAF, CVL) names no country: all its blocks are roles.
        int roles = blocks.Length > 0 && CameoRoles.All.Contains(blocks[0]) ? 0 : 1;
        bool country = ScoreCode(Country, gold.Countries, roles == 1 && blocks.Length > 0 ? [blocks[0]] : []);
        bool role = ScoreCode(Role, gold.Roles, blocks.Length > roles ? blocks[roles..] : []);
        string? miss = right && !(country && role)
            ? $"gold {string.Join(',', gold.Countries)}/{string.Join(',', gold.Roles)} ours {ours!.Code ?? "-"}"
            : null;
        return (right, miss);
    }

    /// <summary>A code's three-letter blocks (IRQGOVMIL: IRQ, GOV, MIL): the first is the country unless it is a role, the rest roles.</summary>
    private static string[] Blocks(string? code)
    {
        if (code is null) return [];
        var blocks = new string[code.Length / 3];
        for (int k = 0; k < blocks.Length; k++) blocks[k] = code.Substring(3 * k, 3);
        return blocks;
    }

    /// <summary>Adds one code score where the gold gives one; false when ours disagrees with it or is missing.</summary>
    private static bool ScoreCode(Tally tally, IReadOnlySet<string> gold, string[] ours)
    {
        if (gold.Count == 0) return true;
        bool agrees = ours.Any(gold.Contains);
        tally.Add(agrees ? 1 : 0, ours.Length > 0 && !agrees ? 1 : 0, agrees ? 0 : 1);
        return agrees;
    }
}
