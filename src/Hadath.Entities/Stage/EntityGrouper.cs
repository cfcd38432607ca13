using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Hadath.Core;

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
        // The thread's groups and keys, emptied per story: a group keeps its mention list from story to story, and a
        // key is a range of the story's key characters, not a string, so a story allocates only the entities it returns.
        var story = t_story ??= new StoryGroups();
        story.Clear();
        var ordered = InStartOrder(mentions);
        for (int m = 0; m < ordered.Count; m++)
        {
            var (span, type) = ordered[m];
            var key = story.Keys.Fold(text.AsSpan(span.Start, span.Length), out int wordCount);
            if (wordCount == 0) continue;
            int known = story.Keys.Find(key);
            MentionGroup group;
            if (known < 0)
            {
                known = story.Keys.Keep(key.Length, wordCount);
                group = (type == EntityType.PER ? FirstFullPersonNameContaining(story, known) : null) ?? story.NewGroup(known);
                story.Keys.SetGroup(known, group.Index);
            }
            else group = story.Groups[story.Keys.GroupOf(known)];
            group.Add(span, type, known, story.Keys);
        }
        // Arrays filled in place and handed over as they are (no builder per entity).
        var groups = story.Groups;
        var entities = new Entity[groups.Count];
        for (int i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var name = g.FullestMention();
            var spans = new Mention[g.Mentions.Count];
            for (int m = 0; m < spans.Length; m++) spans[m] = new Mention(g.Mentions[m].Span);
            entities[i] = new Entity(IdOf(i), g.MajorityType(), text[name.Start..name.End], ImmutableCollectionsMarshal.AsImmutableArray(spans));
        }
        // A story with very many entities or very long names does not leave its large lists and keys to the thread.
        if (groups.Count > 1024 || story.Keys.IsLarge) t_story = null;
        else story.Clear();
        return ImmutableCollectionsMarshal.AsImmutableArray(entities);
    }

    [ThreadStatic] private static StoryGroups? t_story;

    /// <summary>A thread's groups of one story, their mention lists kept for the next story, and the story's folded keys.</summary>
    private sealed class StoryGroups
    {
        private readonly List<MentionGroup> _kept = [];

        public List<MentionGroup> Groups { get; } = [];

        public FoldedKeys Keys { get; } = new();

        /// <summary>A group (the next in order of first mention) whose first key is <paramref name="key"/>.</summary>
        public MentionGroup NewGroup(int key)
        {
            if (Groups.Count == _kept.Count) _kept.Add(new MentionGroup(Groups.Count));
            var group = _kept[Groups.Count];
            group.Reset(key, Keys);
            Groups.Add(group);
            return group;
        }

        /// <summary>Empties the groups (their mentions die with the story) and forgets the story's keys.</summary>
        public void Clear()
        {
            foreach (var group in Groups) group.Mentions.Clear();
            Groups.Clear();
            Keys.Clear();
        }
    }

    // The ids of a story's first entities, made once ("e1", "e2", ...).
    private static readonly string[] Ids = [.. Enumerable.Range(1, 256).Select(i => $"e{i}")];

    private static string IdOf(int index) => index < Ids.Length ? Ids[index] : $"e{index + 1}";

    /// <summary>The mentions by start, keeping the given order among equal starts (the stage hands them sorted already).</summary>
    private static IReadOnlyList<(TextSpan Span, EntityType Type)> InStartOrder(IReadOnlyList<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Span.Start < mentions[i - 1].Span.Start) return [.. mentions.OrderBy(m => m.Span.Start)];
        }
        return mentions;
    }

    private static MentionGroup? FirstFullPersonNameContaining(StoryGroups story, int key)
    {
        foreach (var g in story.Groups)
        {
            if (g.IsFullPersonNameContaining(key, story.Keys)) return g;
        }
        return null;
    }

    private sealed class MentionGroup(int index)
    {
        /// <summary>The group's place in its story (its entity's id follows from it).</summary>
        public int Index { get; } = index;

        public List<(TextSpan Span, EntityType Type)> Mentions { get; } = new();

        // The key of the longest person mention so far (at first, the group's first key, whatever its type).
        private int _longestPersonName;
        private int _longestWords;
        private int _personMentions;

        /// <summary>Starts the group afresh for a story, from its first key.</summary>
        public void Reset(int key, FoldedKeys keys)
        {
            Mentions.Clear();
            _longestPersonName = key;
            _longestWords = keys.WordCount(key);
            _personMentions = 0;
        }

        /// <summary>Adds a mention whose folded key is <paramref name="key"/>.</summary>
        public void Add(TextSpan span, EntityType type, int key, FoldedKeys keys)
        {
            Mentions.Add((span, type));
            if (type != EntityType.PER) return;
            _personMentions++;
            int words = keys.WordCount(key);
            if (words > _longestWords) (_longestPersonName, _longestWords) = (key, words);
        }

        /// <summary>A full (two words or more) person name holding the words of <paramref name="key"/> as consecutive words.</summary>
        public bool IsFullPersonNameContaining(int key, FoldedKeys keys)
        {
            if (_personMentions == 0 || _longestWords < 2 || keys.WordCount(key) >= _longestWords) return false;
            return FoldedKeys.HoldsWords(keys[_longestPersonName], keys[key]);
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
