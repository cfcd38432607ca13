using System.Collections.Immutable;
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
        var groups = new List<MentionGroup>();
        var byKey = new Dictionary<string, MentionGroup>(StringComparer.Ordinal);
        foreach (var (span, type) in mentions.OrderBy(m => m.Span.Start))
        {
            var words = text[span.Start..span.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => NameForms.Normalize(w)).ToArray();
            if (words.Length == 0) continue;
            string key = string.Join(' ', words);
            if (!byKey.TryGetValue(key, out var group))
            {
                group = type == EntityType.PER ? groups.FirstOrDefault(g => g.IsFullPersonNameContaining(words)) : null;
                if (group is null)
                {
                    group = new MentionGroup(words);
                    groups.Add(group);
                }
                byKey[key] = group;
            }
            group.Add(span, type, words);
        }
        var entities = ImmutableArray.CreateBuilder<Entity>(groups.Count);
        for (int i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var name = g.Mentions.OrderByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start).First();
            entities.Add(new Entity($"e{i + 1}", g.MajorityType(), text[name.Span.Start..name.Span.End],
                g.Mentions.Select(m => new Mention(m.Span)).ToImmutableArray()));
        }
        return entities.MoveToImmutable();
    }

    private sealed class MentionGroup(string[] firstWords)
    {
        public List<(TextSpan Span, EntityType Type)> Mentions { get; } = new();
        private string[] _longestPersonName = firstWords;
        private int _personMentions;

        public void Add(TextSpan span, EntityType type, string[] words)
        {
            Mentions.Add((span, type));
            if (type != EntityType.PER) return;
            _personMentions++;
            if (words.Length > _longestPersonName.Length) _longestPersonName = words;
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

        public EntityType MajorityType() => Mentions
            .GroupBy(m => m.Type)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => Mentions.FindIndex(m => m.Type == g.Key))
            .First().Key;
    }
}
