using Hadath.Extraction.Text;
using Xunit;

namespace Hadath.Extraction.Tests;

public class KeyGateMemoTests
{
    /// <summary>A test that depends on every letter of the key, so a key read from another's slot would show.</summary>
    private static ushort Checksum(string key)
    {
        int sum = key.Length;
        foreach (char c in key) sum = sum * 31 + c;
        return (ushort)sum;
    }

    [Fact]
    public void test_memo_answers_as_the_tests_for_every_key_asked_twice_across_many_slots()
    {
        var memo = new KeyGateMemo(Checksum);
        // 30,000 keys over 8,192 slots: most slots are taken by several keys in turn.
        var keys = new List<string>();
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (int i = 0; i < 30_000; i++)
        {
            int n = i, length = 2 + i % 9;
            var chars = new char[length];
            for (int k = 0; k < length; k++)
            {
                chars[k] = letters[n % letters.Length];
                n = n / letters.Length + k;
            }
            keys.Add(new string(chars));
        }
        keys.Add("الاستراتيجيات");   // eleven letters and more: never packed
        keys.Add("Reuters");          // not Arabic letters: never packed
        keys.Add("ـ");                // tatweel, U+0640, packs as any letter
        foreach (var key in keys) Assert.Equal(Checksum(key), memo.Of(key));
        foreach (var key in keys) Assert.Equal(Checksum(key), memo.Of(key));
    }

    [Theory]
    [InlineData("اب", "با")]
    [InlineData("في", "ف")]
    [InlineData("قال", "وقال")]
    public void test_packed_keys_differ_for_different_keys(string a, string b)
    {
        Assert.NotEqual(0UL, KeyGateMemo.Packed(a));
        Assert.NotEqual(0UL, KeyGateMemo.Packed(b));
        Assert.NotEqual(KeyGateMemo.Packed(a), KeyGateMemo.Packed(b));
    }

    [Theory]
    [InlineData("الاستراتيجية")]   // twelve letters
    [InlineData("Reuters")]
    [InlineData("2014")]
    [InlineData("")]
    public void test_keys_that_do_not_pack_give_zero(string key) => Assert.Equal(0UL, KeyGateMemo.Packed(key));
}
