using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Quotes;

/// <summary>
/// Adds the <see cref="Layers.Quotes"/> layer: direct quotes between quotation marks (also across sentences),
/// indirect speech after a cue verb and ان (<c>وقال كيري ان …</c>), and partial quotes inside it, each with
/// its cue and speaker. A cue with no speaker (<c>واضاف</c>) continues the previous speaker; a quote put as a
/// question to someone (<c>وسئل كيري "…؟"</c>) is not theirs and is left out.
/// </summary>
public sealed class QuoteStage : IStage
{
    // Wire titles run long (وقال المتحدث باسم التحالف العسكري بقيادة السعودية العقيد تركي المالكي في مؤتمر صحافي عقده مساء الاحد ان).
    private const int MaxCueDistance = 20;
    private const int MinDirectWords = 2;
    private const int MinUncuedWords = 4;

    private readonly QuoteLexicon _lexicon;

    public QuoteStage() : this(QuoteLexicon.Shared)
    {
    }

    public QuoteStage(QuoteLexicon lexicon) => _lexicon = lexicon;

    public string Name => "quotes";
    public Layers Requires => Layers.Sentences | Layers.Entities;
    public Layers Provides => Layers.Quotes;

    /// <param name="Cited">For a cue whose subject is البيان: the author of the statement named before it, spoken for when no one spoke before.</param>
    private sealed record Candidate(TextSpan Span, bool Direct, TextSpan? Cue, SpeakerResolver.Speaker Speaker, bool Inherits, SpeakerResolver.Speaker Cited = default);

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        string text = document.Text;
        var speakers = new SpeakerResolver(document);
        var marks = QuoteMarks.Find(text);
        var candidates = new List<Candidate>();
        var roles = new byte[64];
        foreach (var sentence in document.Sentences)
        {
            var words = WordScanner.Scan(text, sentence.Span);
            if (roles.Length < words.Count) roles = new byte[Math.Max(words.Count, 2 * roles.Length)];
            var sentenceRoles = roles.AsSpan(0, words.Count);
            sentenceRoles.Clear();
            Indirect(words, marks, speakers, candidates, sentenceRoles);
        }
        var named = new Dictionary<int, int>();
        foreach (var mark in marks)
        {
            if (Direct(document, mark, marks, speakers, candidates, named) is { } quote) candidates.Add(quote);
        }
        return document.WithQuotes(Resolve(candidates));
    }

    // قال كيري ان …: from the complementizer to the next cue or the end of the sentence.
    /// <param name="roles">Each word's <see cref="QuoteLexicon.Role"/> once read (<see cref="RoleOf"/>), all unread: every word is asked, most twice.</param>
    private void Indirect(IReadOnlyList<Word> w, List<QuoteMarks.Marked> marks, SpeakerResolver speakers, List<Candidate> found, Span<byte> roles)
    {
        for (int i = 0; i < w.Count; i++)
        {
            if (RoleAt(w, i, roles) != CueRole.Say || SpeakerResolver.RevealsWithheldName(w, i)) continue;
            int that = -1;
            for (int k = i + 1; k < w.Count && k <= i + MaxCueDistance; k++)
            {
                if (w[k].Kind == WordKind.Punctuation && w[k].Key is ":" or "\"" or "«" or "“" or "”" or "." or "؟") break;
                var role = RoleAt(w, k, roles);
                if (role == CueRole.That && k > 0 && Subordinators.Contains(w[k - 1].Key)) continue;   // قبل ان ترتفع: no speech
                if (role == CueRole.That) { that = k; break; }
                if ((role == CueRole.Say && !SpeakerResolver.RevealsWithheldName(w, k)) || role == CueRole.Question) break;
            }
            if (that < 0 || that + 1 >= w.Count) continue;
            int end = that + 1;
            // A cue inside quotation marks is quoted speech (ان "الشعب قال كلمته"), not a new speaker.
            while (end < w.Count && !(RoleAt(w, end, roles) == CueRole.Say && !InsideMarks(marks, w[end].Start) && (IsCueAhead(w, end) || AfterComma(w, end))) &&
                   !ParticipleAfterQuote(w, end) && !(WhileClauseAt(w, end) && !InsideMarks(marks, w[end].Start))) end++;
            int last = end - 1;
            // What is said ends before the clause that brings the next speaker in (…"عمل جبان"، فيما اعلن الاتحاد ان).
            while (last > that && (w[last].Kind == WordKind.Punctuation || (end < w.Count && Connectors.Contains(w[last].Key)))) last--;
            if (last <= that) continue;
            // A quote opened inside the speech closes inside it too: keep its closing mark (ان موسكو "مستعدة").
            if (last + 1 < w.Count && IsClosingMark(w[last + 1].Key) && OpensInside(marks, w[that].Start, w[last + 1].Start)) last++;
            var speaker = CueSubject(w, i, that, speakers);
            if (!speaker.IsKnown) speaker = SubjectlessCue(w, i, speakers);
            bool inherits = !speaker.IsKnown;
            // وفق ما أفاد بيان صادر عن المديرية … وأوضح البيان أن: the statement's author speaks when no one spoke before.
            var cited = inherits && i + 1 < w.Count && w[i + 1].Key == CitedStatement ? speakers.CitedStatementAuthor(w[i].Start) : default;
            var span = new TextSpan(w[that].Start, w[last].End);
            if (OpensBetween(marks, w[i].End, w[that].Start)) continue;   // قال: "…" is a direct quote
            // قال ان "…" with nothing else said: one direct quote, not an indirect one wrapped around it.
            if (Encloses(marks, w[that + 1].Start, w[last].Start)) { i = end - 1; continue; }
            found.Add(new Candidate(span, false, w[i].Span, speaker, inherits, cited));
            i = end - 1;
        }
    }

    /// <summary>
    /// Whether a clause of its own opens at word <paramref name="k"/> after a comma: فيما, بينما or في حين (while), which what
    /// was said does not run into (ان "الاضراب حق"، فيما اتهم النظام العمال; ان الحل سياسي، بينما قصفت الطائرات). Not
    /// one that opens with ان (في حين ان الغرب …): a contrast the speaker draws, still said; nor فيما of "as regards"
    /// (فيما يتعلق ب).
    /// </summary>
    private static bool WhileClauseAt(IReadOnlyList<Word> w, int k)
    {
        if (k == 0 || !w[k - 1].IsComma) return false;
        int next = w[k].Key is "فيما" or "وفيما" or "بينما" or "وبينما" ? k + 1 : w[k].Key == "في" && k + 1 < w.Count && w[k + 1].Key == "حين" ? k + 2 : -1;
        return next > 0 && !(next < w.Count && (w[next].Key is "ان" or "انه" or "انها" || (next == k + 1 && Regarding.Contains(w[next].Key))));
    }

    /// <summary>Verbs that make فيما "as regards" (فيما يتعلق ب, فيما يخص): no clause of its own.</summary>
    private static readonly HashSet<string> Regarding = MatchKey.SetOf("يتعلق", "تتعلق", "يخص", "تخص", "يرتبط", "يتصل", "يختص");

    /// <summary><see cref="QuoteLexicon.RoleAt"/> with each word's role read once (<see cref="RoleOf"/>).</summary>
    private CueRole? RoleAt(IReadOnlyList<Word> w, int k, Span<byte> roles)
    {
        var role = RoleOf(w, k, roles);
        return _lexicon.RoleGiven(w, k, role, role is null && k + 1 < w.Count ? RoleOf(w, k + 1, roles) : null);
    }

    /// <summary>The <see cref="QuoteLexicon.Role"/> of word <paramref name="k"/>, kept in <paramref name="roles"/>: 0 unread, 1 none, else the role plus 2.</summary>
    private CueRole? RoleOf(IReadOnlyList<Word> w, int k, Span<byte> roles)
    {
        int read = roles[k];
        if (read == 0) roles[k] = (byte)(read = _lexicon.Role(w[k]) is { } role ? (int)role + 2 : 1);
        return read == 1 ? null : (CueRole)(read - 2);
    }

    /// <summary>
    /// The speaker in the words between the cue at <paramref name="cue"/> and <paramref name="end"/>, or unknown when
    /// the cue is a participle: its words are its object (داعيا [المجتمع الدولي] الى, معتبرا [الامر]), its subject the sentence's.
    /// </summary>
    private SpeakerResolver.Speaker CueSubject(IReadOnlyList<Word> w, int cue, int end, SpeakerResolver speakers) =>
        _lexicon.IsParticiple(w[cue]) ? default : speakers.Resolve(w, cue + 1, end);

    /// <summary>A participle cue after a comma (…"، داعيا الى): the speaker's own clause, which ends what was reported.</summary>
    private bool AfterComma(IReadOnlyList<Word> w, int at) =>
        at > 0 && w[at - 1].IsComma && _lexicon.IsParticiple(w[at]);

    /// <summary>A say cue that opens speech: كشف in طلب عدم كشف اسمه reveals a name, and what follows is not said by اسمه.</summary>
    private bool Says(IReadOnlyList<Word> w, int k) => _lexicon.RoleAt(w, k) == CueRole.Say && !SpeakerResolver.RevealsWithheldName(w, k);

    /// <summary>
    /// An adverbial participle right after a closing mark and a comma (ان "…"، [مطالبا] الحكومة بارسال تعزيزات): the speaker's
    /// own act, cue or not, which ends what was reported, so ان with only the quotation before it is one direct quote.
    /// </summary>
    private static bool ParticipleAfterQuote(IReadOnlyList<Word> w, int at) =>
        at > 1 && w[at - 1].IsComma && IsClosingMark(w[at - 2].Key) && w[at].IsLetters && w[at].Key.Length >= 5 && w[at].Key[0] == 'م' && w[at].Key[^1] == 'ا';

    // The mark tests above, as loops: a lambda there would cost a closure for every word of every sentence.
    private static bool OpensInside(List<QuoteMarks.Marked> marks, int after, int close)
    {
        foreach (var m in marks)
        {
            if (m.Open > after && m.Close == close) return true;
        }
        return false;
    }

    private static bool OpensBetween(List<QuoteMarks.Marked> marks, int from, int before)
    {
        foreach (var m in marks)
        {
            if (m.Open >= from && m.Open < before) return true;
        }
        return false;
    }

    private static bool Encloses(List<QuoteMarks.Marked> marks, int open, int close)
    {
        foreach (var m in marks)
        {
            if (m.Open == open && m.Close == close) return true;
        }
        return false;
    }

    private const int SubjectReach = 8;

    /// <summary>Words that make ان a conjunction of time or manner (قبل ان, بعد ان, من دون ان), not the opening of speech.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal) { "قبل", "وقبل", "بعد", "وبعد", "دون", "بدون", "منذ" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "فيما", "بينما", "حين", "في", "كما", "و" };

    /// <summary>
    /// The speaker of a cue with no subject of its own, from its sentence (words before <paramref name="cue"/>): the
    /// person right before an unconjoined cue (وكان كيري قال), the one asked (وسئل العطية عن …، فقال), the speaker of an
    /// earlier cue (اعلن المتحدث …، مؤكدا ان), else the person or organisation the sentence opens with as its subject
    /// (والتقى ايرولت نظيره …، وقال; وتبنت حركة الشباب الهجوم …، مؤكدة ان). Unknown: the previous speaker goes on.
    /// </summary>
    private SpeakerResolver.Speaker SubjectlessCue(IReadOnlyList<Word> w, int cue, SpeakerResolver speakers)
    {
        if (ReportedSaying.Contains(w[cue].Key)) return SpeakerReportedFrom(w, cue, speakers);
        // لكن عائلات في المخيم قالت انها …: people named by no one, opening the sentence right before the cue, speak.
        if (speakers.PeopleOpening(w, cue) is { IsKnown: true } people) return people;
        bool conjoined = w[cue].Key.Length > 2 && w[cue].Key[0] is 'و' or 'ف' && _lexicon.Role(w[cue]) is not null &&
                         !_lexicon.IsCue(w[cue].Key);
        // …الحلبوسي، مؤكدا ان: after a comma the person before is the object of the clause, not the one who goes on speaking.
        // …بممثلة المفوضية ميراي جيرار، التي اكدت ان: a relative cue's subject is the name before its comma.
        if (cue >= 3 && w[cue - 1].Key is "التي" or "الذي" && w[cue - 2].IsComma &&
            speakers.SubjectEndingAt(w[cue - 3]) is { IsKnown: true } antecedent) return antecedent;
        // …نظيره دونالد ترامب محذرا ادارته: the person before a participle is its sentence's object, not its subject.
        if (!conjoined && !_lexicon.IsParticiple(w[cue]) && cue > 0 && w[cue - 1].IsLetters &&
            speakers.PersonIn(w, Math.Max(0, cue - 3), cue) is { IsKnown: true } before) return before;
        for (int q = cue - 1; q >= 0; q--)
        {
            if (_lexicon.RoleAt(w, q) != CueRole.Question) continue;
            int about = q + 1;
            while (about < cue && w[about].Key is not ("عن" or "حول")) about++;
            if (speakers.Resolve(w, q + 1, about) is { IsKnown: true } asked) return asked;
        }
        if (SpeakerOfEarlierCue(w, cue, speakers) is { IsKnown: true } earlier) return earlier;
        // في المقابل، اتهم [المتحدث باسم الحزب فلان] الحكومة …، مؤكدا: the subject of the verb after the fronted phrase,
        // read as in a sentence that opens with its verb (من جهته، انتقد [وزير الداخلية] القرار، معتبرا).
        int verb = FrontedPhraseEnd(w);
        if (verb > 0 && verb + 1 < cue)
        {
            if (speakers.Resolve(w, verb + 1, cue) is { Id: not null } named) return named;
            var fromVerb = w.Skip(verb).Take(cue - verb + 1).ToArray();
            if (SpeakerResolver.TitledSubject(fromVerb, cue - verb) is { IsKnown: true } titled) return titled;
        }
        if (speakers.SubjectIn(w, 0, SaidFrom(w, Math.Min(cue, SubjectReach))) is { IsKnown: true } subject) return subject;
        return SpeakerResolver.TitledSubject(w, cue);
    }

    /// <summary>
    /// Where the sentence's subject can no longer stand, up to <paramref name="reach"/>: its first ان or opening mark, past
    /// which the words are what was said (واضاف ان "قناصا من [التنظيم] قتل …"، مشيرا: the organisation is not who speaks).
    /// </summary>
    private int SaidFrom(IReadOnlyList<Word> w, int reach)
    {
        for (int k = 0; k < reach; k++)
        {
            if (_lexicon.Role(w[k]) == CueRole.That || (w[k].Kind == WordKind.Punctuation && w[k].Key is "\"" or "«" or "“")) return k;
        }
        return reach;
    }

    /// <summary>Phrases that open a sentence before its verb and a comma (في المقابل، اتهم …), as match keys of their words.</summary>
    private static readonly HashSet<string> FrontedPhrases = MatchKey.SetOf(
        "في المقابل", "بالمقابل", "من جهته", "من جهتها", "من جهتهم", "من جانبه", "من جانبها", "من جانبهم", "من ناحيته",
        "من ناحيتها", "بدوره", "بدورها", "بدورهم", "وبدوره", "وبدورها", "في غضون ذلك", "الى ذلك", "في الاثناء");

    private const int MaxFrontedWords = 3;

    /// <summary>
    /// The index of the word after the comma that closes a fronted phrase opening the sentence (في المقابل، [اتهم]),
    /// which is the sentence's verb; 0 when the sentence opens otherwise.
    /// </summary>
    private static int FrontedPhraseEnd(IReadOnlyList<Word> w)
    {
        int comma = 0;
        while (comma < w.Count && comma <= MaxFrontedWords && w[comma].IsLetters) comma++;
        if (comma == 0 || comma > MaxFrontedWords || comma + 1 >= w.Count || !w[comma].IsComma) return 0;
        var words = new string[comma];
        for (int k = 0; k < comma; k++) words[k] = w[k].Key;
        return FrontedPhrases.Contains(string.Join(' ', words)) ? comma + 1 : 0;
    }

    /// <summary>"His saying" (قوله): the speech of someone a reporter quotes (نقلت الوكالة عن مسؤول قوله ان).</summary>
    private static readonly HashSet<string> ReportedSaying = new[] { "قوله", "قولها", "قولهم", "قولهما" }
        .Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The speaker of قوله: who stands after the nearest عن (نقلت … عن) or الى (نسبت … الى) before it; the reporter
    /// before that is not who speaks. The one quoted after عن may be described and named between commas (عن احد
    /// المشاركين، ويدعى فلان، قوله; عن فلان، المتحدث باسم الوكالة، قوله); a الى past a comma is a place or a time of the
    /// clause before (وصلوا الى المخيمات، قوله). After a participle (مضيفا قوله) the speaker goes on. Unknown when
    /// neither comes within reach.
    /// </summary>
    private SpeakerResolver.Speaker SpeakerReportedFrom(IReadOnlyList<Word> w, int cue, SpeakerResolver speakers)
    {
        if (cue > 0 && _lexicon.IsParticiple(w[cue - 1])) return default;
        bool pastComma = false;
        for (int k = cue - 1; k >= 0 && k >= cue - MaxCueDistance; k--)
        {
            if (w[k].IsComma) { pastComma = true; continue; }
            if (!w[k].IsLetters) break;
            if (w[k].Key == "عن" || (w[k].Key == "الي" && !pastComma)) return speakers.Resolve(w, k + 1, cue);
        }
        return default;
    }

    private static bool InsideMarks(List<QuoteMarks.Marked> marks, int offset)
    {
        foreach (var m in marks)
        {
            if (m.Open < offset && offset < m.Close) return true;
        }
        return false;
    }

    /// <summary>
    /// The speaker of an earlier cue in the same sentence: a cue with no subject of its own (مؤكدا ان, واضاف ان)
    /// goes on with whoever the sentence has speaking (اعلن المتحدث … مقتل 40 مسلحا، مؤكدا ان).
    /// </summary>
    private SpeakerResolver.Speaker SpeakerOfEarlierCue(IReadOnlyList<Word> w, int cue, SpeakerResolver speakers)
    {
        for (int j = cue - 1; j >= 0; j--)
        {
            if (!Says(w, j)) continue;
            // Who speaks stands before what they said: واضاف ان قواته …، مؤكدا ان has no subject to find in قواته.
            int said = j + 1;
            while (said < cue && _lexicon.Role(w[said]) != CueRole.That && !(w[said].Kind == WordKind.Punctuation && w[said].Key is ":" or "\"" or "«" or "“")) said++;
            var speaker = CueSubject(w, j, said, speakers);
            if (speaker.IsKnown) return speaker;
        }
        return default;
    }

    private static bool IsClosingMark(string key) => key is "\"" or "»" or "”" or "“";

    /// <summary>True when the say-cue at <paramref name="at"/> opens speech of its own (a complementizer follows it).</summary>
    private bool IsCueAhead(IReadOnlyList<Word> w, int at)
    {
        for (int k = at + 1; k < w.Count && k <= at + MaxCueDistance; k++)
        {
            if (_lexicon.Role(w[k]) == CueRole.That) return true;
            if (w[k].Kind == WordKind.Punctuation && w[k].Key is ":" or "\"" or "«" or "“") return true;
        }
        return false;
    }

    /// <param name="named">Closing marks, with their openings, of the words a noun or كتب عليها named so far (a name, a
    /// slogan): a quote joined on to one with و (شعارات من قبيل "…" و"…") is named too.</param>
    private Candidate? Direct(AnalyzedDocument doc, QuoteMarks.Marked mark, List<QuoteMarks.Marked> marks, SpeakerResolver speakers,
        List<Candidate> found, Dictionary<int, int> named)
    {
        string text = doc.Text;
        // Before the opening mark, in its sentence: the nearest cue (partial quotes sit after a complementizer).
        int start = SentenceStart(doc, mark.Open);
        // A question mark or a full stop inside an earlier quote, or right before its closing mark, ends no sentence
        // (وسئل الوزير "هل …؟"، فاجاب ان "…"): the cue's sentence starts where that quote's does.
        foreach (var m in marks)
        {
            if (m.Open < start && m.Close < mark.Open && (start <= m.Close || text.AsSpan(m.Close + 1, start - m.Close - 1).IsWhiteSpace()))
            {
                start = SentenceStart(doc, m.Open);
            }
        }
        var before = WordScanner.Scan(text, new TextSpan(start, mark.Open));
        // A noun before it says what the words are (بتهمة "المساس بامن الدولة", تحت شعار "…"): a charge or a slogan is no speech.
        if (IsNamed(before, named))
        {
            named[mark.Close] = mark.Open;
            return null;
        }
        var content = WordScanner.Scan(text, mark.Content);
        int letterWords = LetterWords(content);
        if (letterWords < MinDirectWords) return null;   // «داعش»: a name in quotes, not speech
        // واعلن تنظيم "ولاية سيناء", القيادي في "فرقة الحمزة": a longer name in quotes is no speech either.
        // في اطار عملية "غصن الزيتون": an operation named in quotes. Both are names, as after باسم: a cue reaches past them.
        if (IsMentioned(doc, content) || before.Count > 0 && before[^1].IsLetters && OperationNouns.Contains(before[^1].Key))
        {
            named[mark.Close] = mark.Open;
            return null;
        }

        bool sameClause = true;   // no quote nor ان between the mark and the word looked at
        int reach = before.Count - MaxCueDistance;
        for (int k = before.Count - 1; k >= 0 && k >= reach; k--)
        {
            // An earlier quote ends the cue's reach, unless it was a name (المتحدث باسم "…" الذي …، ان "…"): skip to its
            // opening, and its words do not count against the reach (في حديث لـ"السومرية نيوز"، ان "…").
            if (before[k].Kind == WordKind.Punctuation && before[k].Key is "\"" or "»" or "”")
            {
                if (!named.TryGetValue(before[k].Start, out int open)) break;
                int close = k;
                while (k > 0 && before[k].Start > open) k--;
                reach -= close - k + 1;
                sameClause = false;
                continue;
            }
            var role = _lexicon.RoleAt(before, k);
            if (role == CueRole.Question || (sameClause && Accusing.Contains(before[k].Key))) return null;
            if (role == CueRole.That) sameClause = false;
            if (role != CueRole.Say || SpeakerResolver.RevealsWithheldName(before, k)) continue;
            int that = k + 1;
            while (that < before.Count && _lexicon.Role(before[that]) != CueRole.That) that++;
            var speaker = CueSubject(before, k, that, speakers);
            if (!speaker.IsKnown) speaker = SubjectlessCue(before, k, speakers);
            bool inherits = !speaker.IsKnown;
            return new Candidate(mark.Content, true, before[k].Span, speaker, inherits);
        }

        // After the closing mark: "…"، قال كيري / "…" بحسب المصدر.
        var after = WordScanner.Scan(text, new TextSpan(mark.Close + 1, Math.Min(text.Length, mark.Close + 200)));
        int a = 0;
        while (a < after.Count && a < 2 && after[a].Kind == WordKind.Punctuation && after[a].Key is "،" or "," or "-") a++;
        if (a < after.Count && _lexicon.Role(after[a]) is CueRole.Say or CueRole.According)
        {
            int stop = a + 1;
            while (stop < after.Count && stop < a + 8 && after[stop].IsLetters) stop++;
            var speaker = speakers.Resolve(after, a + 1, stop);
            return new Candidate(mark.Content, true, after[a].Span, speaker, !speaker.IsKnown);
        }

        // No cue: a partial quote inside indirect speech is that speaker's; a long one continues the last speaker.
        var host = IndirectHolding(found, mark.Content);
        if (host is not null) return new Candidate(mark.Content, true, host.Cue, host.Speaker, host.Inherits);
        return letterWords >= MinUncuedWords ? new Candidate(mark.Content, true, null, default, true) : null;
    }

    /// <summary>
    /// The first indirect quote found that holds <paramref name="content"/>, or null. A loop: the lambda it stood for
    /// captured the mark, so every mark made a closure on entering <see cref="Direct"/>, whichever way it went.
    /// </summary>
    private static Candidate? IndirectHolding(List<Candidate> found, TextSpan content)
    {
        foreach (var c in found)
        {
            if (!c.Direct && c.Span.Contains(content)) return c;
        }
        return null;
    }

    /// <summary>
    /// True when the words before a quote say what it is rather than who said it: a naming noun (بتهمة, شعار), a
    /// sign's words (لافتات [كتب عليها] "…"), examples (من قبيل, مثل), a crowd's chanting verb (وهم يهتفون "…"), or و
    /// after a quote named so; and so does a
    /// preposition written alone before it (في حديث لـ"السومرية نيوز", ندد بـ"التدخل العنيف").
    /// </summary>
    private static bool IsNamed(IReadOnlyList<Word> before, Dictionary<int, int> named)
    {
        int n = before.Count;
        if (n == 0) return false;
        var last = before[n - 1];
        if (last.Kind == WordKind.Punctuation && last.Key == ":" && n > 1) last = before[--n - 1];
        if (last.IsLetters && (NamingNouns.Contains(last.Key) || last.Key == "مثل" || LonePrepositions.Contains(last.Key))) return true;
        if (n > 1 && last.Key is "عليها" or "عليه" && Written.Contains(before[n - 2].Key)) return true;
        if (n > 1 && last.Key == "قبيل" && before[n - 2].Key == "من") return true;
        // وهم يهتفون "…", مرددين "…": what a crowd chants is a chant, no one's speech.
        if (last.IsLetters && CrowdChanting.Contains(last.Key)) return true;
        // شعارات من بينها "…", لافتات ابرزها "…": examples of the signs or chants named just before.
        if (Examples.Contains(last.Key) && NamedWithin(before, n - 1, ExamplesReach)) return true;
        return n > 1 && last.Key == "و" && before[n - 2].Kind == WordKind.Punctuation && named.ContainsKey(before[n - 2].Start);
    }

    /// <summary>A crowd's chanting verbs, plural or participle (يهتفون, هاتفين, رددوا): the quoted words after them are chanted.</summary>
    private static readonly HashSet<string> CrowdChanting = MatchKey.SetOf("يهتفون", "هتفوا", "وهتفوا", "هاتفين", "يرددون", "رددوا", "ورددوا", "مرددين",
        "يهتفن", "هاتفات", "يرددن", "مرددات");

    /// <summary>Words that give examples of what was named before them (شعارات من بينها, لافتات ابرزها, هتافات منها).</summary>
    private static readonly HashSet<string> Examples = MatchKey.SetOf("بينها", "منها", "ابرزها", "اهمها");

    /// <summary>How many words before an example word the naming noun may stand (شعارات منددة من بينها).</summary>
    private const int ExamplesReach = 4;

    /// <summary>Whether a naming noun (شعارات, لافتات) stands among the <paramref name="reach"/> words before word <paramref name="end"/>.</summary>
    private static bool NamedWithin(IReadOnlyList<Word> before, int end, int reach)
    {
        for (int k = end - 1; k >= 0 && k >= end - reach; k--)
        {
            if (before[k].IsLetters && NamingNouns.Contains(before[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Whether the quoted words are exactly one mention of an entity (the tagger's or a listed name).</summary>
    private static bool IsMentioned(AnalyzedDocument doc, IReadOnlyList<Word> content)
    {
        if (content.Count == 0) return false;
        int start = content[0].Start, end = content[^1].End;
        foreach (var e in doc.Entities)
        {
            foreach (var m in e.Mentions)
            {
                if (m.Start == start && m.End == end) return true;
            }
        }
        return false;
    }

    /// <summary>Nouns of a named operation (عملية "غصن الزيتون", حملة "…"): the quoted words after them are its name.</summary>
    private static readonly HashSet<string> OperationNouns = MatchKey.SetOf("عملية", "بعملية", "لعملية");   // not العملية, a subject (ان العملية "ستستمر")

    /// <summary>A preposition written alone (لـ, بـ): the quoted words after it are a thing named, not speech.</summary>
    private static readonly HashSet<string> LonePrepositions = MatchKey.SetOf("لـ", "بـ");

    /// <summary>Verbs of accusing: quoted words after them, with no cue between, are whom they accuse (واتهم الوزير "اطرافا …" بالوقوف وراء).</summary>
    private static readonly HashSet<string> Accusing = MatchKey.SetOf(
        "اتهم", "اتهمت", "اتهموا", "واتهم", "واتهمت", "واتهموا", "يتهم", "تتهم", "متهما", "متهمة");

    /// <summary>"Was written" (لافتة كتب عليها): what follows is the sign's words.</summary>
    private static readonly HashSet<string> Written = MatchKey.SetOf("كتب", "كتبت", "خط", "خطت");

    private static int LetterWords(IReadOnlyList<Word> words)
    {
        int n = 0;
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].IsLetters) n++;
        }
        return n;
    }

    private static readonly string CitedStatement = MatchKey.Of("البيان");

    private static readonly HashSet<string> NamingNouns = new[]
    {
        "بتهمة", "تهمة", "بتهم", "تهم", "بعنوان", "عنوان", "شعار", "بشعار", "شعارات", "اسم", "باسم", "تسمية", "لافتة", "لافتات", "وسم",
        "هتاف", "هتافات", "بهتافات",
    }.Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    private static int SentenceStart(AnalyzedDocument doc, int offset)
    {
        foreach (var s in doc.Sentences)
        {
            if (s.Start <= offset && offset < s.End) return s.Start;
        }
        return Math.Max(0, offset - 200);
    }

    private static ImmutableArray<Quote> Resolve(List<Candidate> candidates)
    {
        // Most stories quote no one: no builder nor order for them.
        if (candidates.Count == 0) return ImmutableArray<Quote>.Empty;
        var result = ImmutableArray.CreateBuilder<Quote>(candidates.Count);
        SpeakerResolver.Speaker previous = default;
        // By start, the longer first, then in the order found (as a stable sort): one small array, where OrderBy and
        // ThenByDescending made a sorter, key arrays and closures for every story.
        var order = new (int Start, int End, int Found)[candidates.Count];
        for (int k = 0; k < order.Length; k++) order[k] = (candidates[k].Span.Start, candidates[k].Span.End, k);
        Array.Sort(order, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? b.End.CompareTo(a.End) : a.Found.CompareTo(b.Found));
        foreach (var (_, _, found) in order)
        {
            var c = candidates[found];
            var speaker = !c.Inherits ? c.Speaker : previous.IsKnown ? previous : c.Cited;
            if (speaker.IsKnown) previous = speaker;
            result.Add(new Quote(c.Span, c.Direct) { SpeakerId = speaker.Id, SpeakerSpan = speaker.Span, CueSpan = c.Cue });
        }
        // Made to the exact size: its array becomes the layer's, where ToImmutable copied it.
        return result.MoveToImmutable();
    }
}
