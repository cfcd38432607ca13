using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Hadath.Core;
using Hadath.Entities.Text;

namespace Hadath.Entities.Stage;

/// <summary>
/// Gathers the mentions of a story into distinct entities: mentions with the same folded name are one entity,
/// and a later short person mention made of words of an earlier full person name joins it (كيري → جون كيري).
/// Ids e1, e2… follow the order of first mention; the name is the fullest mention.
/// </summary>
public static class EntityGrouper
{
    public static ImmutableArray<Entity> Group(string text, IReadOnlyList<(TextSpan Span, EntityType Type)> mentions)
    {
        // The thread's group list and key map, emptied per story (the entities keep none of them).
        var groups = t_groups ??= new List<MentionGroup>();
        var byKey = t_byKey ??= new Dictionary<string, MentionGroup>(StringComparer.Ordinal);
        groups.Clear();
        byKey.Clear();
        // A story's mentions repeat: the folded key is built in a buffer and looked up as a span, so only a new
        // key becomes a string (and its words an array).
        var lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = t_buffer ??= new char[64];
        foreach (var (span, type) in InStartOrder(mentions))
        {
            int keyLength = FoldedKey(text.AsSpan(span.Start, span.Length), ref buffer, out int wordCount);
            if (wordCount == 0) continue;
            var key = buffer.AsSpan(0, keyLength);
            string[]? words = null;
            if (!lookup.TryGetValue(key, out var group))
            {
                words = Words(key);
                group = type == EntityType.PER ? FirstFullPersonNameContaining(groups, words) : null;
                if (group is null)
                {
                    group = new MentionGroup(words);
                    groups.Add(group);
                }
                lookup[key] = group;
            }
            group.Add(span, type, wordCount, words ?? (type == EntityType.PER && group.NeedsWords(wordCount) ? Words(key) : null));
        }
        // Arrays filled in place and handed over as they are (no builder per entity).
        var entities = new Entity[groups.Count];
        for (int i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var name = g.FullestMention();
            var spans = new Mention[g.Mentions.Count];
            for (int m = 0; m < spans.Length; m++) spans[m] = new Mention(g.Mentions[m].Span);
            entities[i] = new Entity(IdOf(i), g.MajorityType(), text[name.Start..name.End], ImmutableCollectionsMarshal.AsImmutableArray(spans));
        }
        if (buffer.Length <= 4096) t_buffer = buffer;
        // A story with very many entities does not leave its large map and list to the thread.
        if (groups.Count > 1024) (t_groups, t_byKey) = (null, null);
        else groups.Clear();
        byKey.Clear();
        return ImmutableCollectionsMarshal.AsImmutableArray(entities);
    }

    // The thread's key buffer (kept between stories; grown for a long mention).
    [ThreadStatic] private static char[]? t_buffer;
    [ThreadStatic] private static List<MentionGroup>? t_groups;
    [ThreadStatic] private static Dictionary<string, MentionGroup>? t_byKey;

    // The ids of a story's first entities, made once ("e1", "e2", ...).
    private static readonly string[] Ids = [.. Enumerable.Range(1, 256).Select(i => $"e{i}")];

    private static string IdOf(int index) => index < Ids.Length ? Ids[index] : $"e{index + 1}";

    /// <summary>The mentions by start, keeping the given order among equal starts (the stage hands them sorted already).</summary>
    private static IEnumerable<(TextSpan Span, EntityType Type)> InStartOrder(IReadOnlyList<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Span.Start < mentions[i - 1].Span.Start) return mentions.OrderBy(m => m.Span.Start);
        }
        return mentions;
    }

    /// <summary>
    /// Writes the mention's words, each folded (<see cref="NameForms.Normalize(ReadOnlySpan{char})"/>), joined by one
    /// space into <paramref name="buffer"/>; returns the key's length. Folded words hold no white space, so the key
    /// splits back into them.
    /// </summary>
    private static int FoldedKey(ReadOnlySpan<char> mention, ref char[] buffer, out int wordCount)
    {
        if (buffer.Length < mention.Length) buffer = new char[mention.Length * 2];
        int length = 0;
        wordCount = 0;
        int i = 0;
        while (i < mention.Length)
        {
            if (char.IsWhiteSpace(mention[i])) { i++; continue; }
            int end = i;
            while (end < mention.Length && !char.IsWhiteSpace(mention[end])) end++;
            if (wordCount++ > 0) buffer[length++] = ' ';
            length += NameForms.Normalize(mention[i..end], buffer.AsSpan(length));
            i = end;
        }
        return length;
    }

    private static string[] Words(ReadOnlySpan<char> key) => key.ToString().Split(' ');

    private static MentionGroup? FirstFullPersonNameContaining(List<MentionGroup> groups, string[] words)
    {
        foreach (var g in groups)
        {
            if (g.IsFullPersonNameContaining(words)) return g;
        }
        return null;
    }

    private sealed class MentionGroup(string[] firstWords)
    {
        public List<(TextSpan Span, EntityType Type)> Mentions { get; } = new();
        private string[] _longestPersonName = firstWords;
        private int _personMentions;

        /// <summary>Whether a person mention of this many words would become the group's longest name.</summary>
        public bool NeedsWords(int wordCount) => wordCount > _longestPersonName.Length;

        /// <summary>Adds a mention; <paramref name="words"/> may be null unless it is a person mention longer than the longest name.</summary>
        public void Add(TextSpan span, EntityType type, int wordCount, string[]? words)
        {
            Mentions.Add((span, type));
            if (type != EntityType.PER) return;
            _personMentions++;
            if (wordCount > _longestPersonName.Length) _longestPersonName = words!;
        }

        /// <summary>A full (two words or more) person name holding <paramref name="words"/> as consecutive words.</summary>
        public bool IsFullPersonNameContaining(string[] words)
        {
            if (_personMentions == 0 || _longestPersonName.Length < 2 || words.Length >= _longestPersonName.Length) return false;
            for (int i = 0; i + words.Length <= _longestPersonName.Length; i++)
            {
                if (_longestPersonName.AsSpan(i, words.Length).SequenceEqual(words)) return true;
            }
            return false;
        }

        /// <summary>The longest mention, the first of equally long ones.</summary>
        public TextSpan FullestMention()
        {
            var best = Mentions[0].Span;
            foreach (var (span, _) in Mentions)
            {
                if (span.Length > best.Length || span.Length == best.Length && span.Start < best.Start) best = span;
            }
            return best;
        }

        /// <summary>The most frequent type; among equally frequent ones, the one mentioned first.</summary>
        public EntityType MajorityType()
        {
            EntityType best = Mentions[0].Type;
            int bestCount = 0;
            for (int i = 0; i < Mentions.Count; i++)
            {
                var type = Mentions[i].Type;
                if (FirstIndexOf(type) != i) continue;   // each type once, in order of first mention
                int count = 0;
                foreach (var m in Mentions) if (m.Type == type) count++;
                if (count > bestCount) (best, bestCount) = (type, count);
            }
            return best;
        }

        private int FirstIndexOf(EntityType type)
        {
            // A loop, not FindIndex with a lambda: the lambda captured the type (an allocation per mention).
            for (int i = 0; i < Mentions.Count; i++)
            {
                if (Mentions[i].Type == type) return i;
            }
            return -1;
        }
    }
}
