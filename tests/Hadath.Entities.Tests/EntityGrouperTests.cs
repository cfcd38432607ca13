using Hadath.Core;
using Hadath.Entities.Stage;

namespace Hadath.Entities.Tests;

public sealed class EntityGrouperTests
{
    private static (TextSpan, EntityType) At(string text, string surface, EntityType type, int occurrence = 0)
    {
        int index = -1;
        for (int i = 0; i <= occurrence; i++) index = text.IndexOf(surface, index + 1, StringComparison.Ordinal);
        return (new TextSpan(index, index + surface.Length), type);
    }

    [Fact]
    public void Short_person_mention_joins_the_earlier_full_name()
    {
        const string text = "وصل جون كيري الى موسكو. وقال كيري ان موسكو مهمة.";
        var entities = EntityGrouper.Group(text,
        [
            At(text, "جون كيري", EntityType.PER), At(text, "موسكو", EntityType.LOC),
            At(text, "كيري", EntityType.PER, 1), At(text, "موسكو", EntityType.LOC, 1),
        ]);
        Assert.Equal(2, entities.Length);
        Assert.Equal(("e1", EntityType.PER, "جون كيري", 2), (entities[0].Id, entities[0].Type, entities[0].Name, entities[0].Mentions.Length));
        Assert.Equal(("e2", EntityType.LOC, "موسكو", 2), (entities[1].Id, entities[1].Type, entities[1].Name, entities[1].Mentions.Length));
    }

    [Fact]
    public void Spelling_variants_of_one_name_are_one_entity()
    {
        const string text = "زار أوباما إسرائيل ثم غادر اسرائيل";
        var entities = EntityGrouper.Group(text,
            [At(text, "أوباما", EntityType.PER), At(text, "إسرائيل", EntityType.LOC), At(text, "اسرائيل", EntityType.LOC)]);
        Assert.Equal(2, entities.Length);
        Assert.Equal("إسرائيل", entities[1].Name);
        Assert.Equal(2, entities[1].Mentions.Length);
    }

    [Fact]
    public void Short_mention_of_a_place_does_not_join_a_person()
    {
        const string text = "قال جون كيري ان كيري بلدة";
        var entities = EntityGrouper.Group(text, [At(text, "جون كيري", EntityType.PER), At(text, "كيري", EntityType.LOC, 1)]);
        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void Ids_follow_the_order_of_first_mention()
    {
        const string text = "التقى بوتين مع ماكرون في باريس";
        var entities = EntityGrouper.Group(text,
            [At(text, "باريس", EntityType.LOC), At(text, "بوتين", EntityType.PER), At(text, "ماكرون", EntityType.PER)]);
        Assert.Equal(["بوتين", "ماكرون", "باريس"], entities.Select(e => e.Name));
        Assert.Equal(["e1", "e2", "e3"], entities.Select(e => e.Id));
    }

    [Fact]
    public void Spacing_and_harakat_inside_a_name_do_not_split_it_and_a_tie_keeps_the_first_type()
    {
        const string text = "قالت الأمم  المتحدة إن الامم المتحدَة مستعدة";
        var entities = EntityGrouper.Group(text, [At(text, "الأمم  المتحدة", EntityType.LOC), At(text, "الامم المتحدَة", EntityType.ORG)]);
        Assert.Single(entities);
        Assert.Equal((EntityType.LOC, "الأمم  المتحدة", 2), (entities[0].Type, entities[0].Name, entities[0].Mentions.Length));
    }

    [Fact]
    public void The_most_frequent_type_names_the_entity_and_mentions_out_of_order_are_sorted()
    {
        const string text = "بغداد ثم بغداد ثم بغداد";
        var entities = EntityGrouper.Group(text,
            [At(text, "بغداد", EntityType.ORG, 2), At(text, "بغداد", EntityType.LOC), At(text, "بغداد", EntityType.ORG, 1)]);
        Assert.Single(entities);
        Assert.Equal(EntityType.ORG, entities[0].Type);
        Assert.Equal([0, 9, 18], entities[0].Mentions.Select(m => m.Span.Start));
    }

    private const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    // Distinct two-word names from letter pairs (digits in names are folded, so they would not keep names apart).
    private static string NameAt(int i) => $"{Letters[i / Letters.Length]}{Letters[i % Letters.Length]}ان صالح";

    [Theory]
    [InlineData(1)]
    [InlineData(256)]
    [InlineData(300)]
    public void Entities_are_numbered_e1_on_in_order_of_first_mention_past_the_made_ids_too(int count)
    {
        var text = string.Join(" ، ", Enumerable.Range(0, count).Select(NameAt));
        var mentions = new List<(TextSpan, EntityType)>();
        for (int i = 0, at = 0; i < count; i++)
        {
            at = text.IndexOf(NameAt(i), at, StringComparison.Ordinal);
            mentions.Add((new TextSpan(at, at + NameAt(i).Length), EntityType.LOC));
            at += NameAt(i).Length;
        }
        var entities = EntityGrouper.Group(text, mentions);
        Assert.Equal(Enumerable.Range(1, count).Select(i => $"e{i}"), entities.Select(e => e.Id));
        Assert.Equal(NameAt(count - 1), entities[^1].Name);
    }
}
