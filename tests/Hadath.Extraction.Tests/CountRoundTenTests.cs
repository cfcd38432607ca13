using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Crowds the blind <c>ev10-</c> stories (Moroccan marches and sit-ins) read as mere amounts or missed: the crowd a
/// dispersal verb broke up past a day and the means, people who went out in a march, the organisers of a protest named
/// before its verb, and a speaker's own people counted with منا. Sentences written for these tests.
/// </summary>
public sealed class CountRoundTenTests
{
    [Theory]
    [InlineData("وفرقت قوات الامن ليل الثلاثاء الاربعاء بخراطيم المياه آلاف الاساتذة امام البرلمان", "آلاف الاساتذة", "protesters", 1000, "at-least")]
    [InlineData("وخرج المئات من سكان المدينة في مسيرة جابت الشوارع", "خرج المئات من سكان", "protesters", 100, "at-least")]
    [InlineData("تحولت وقفة احتجاجية نظمها عشرات المعطلين امام العمالة الى مواجهات", "نظمها عشرات المعطلين", "protesters", 10, "at-least")]
    [InlineData("وقال ان عناصر الامن اعتقلوا ستة منا قبل ان يطلقوا سراحهم", "اعتقلوا ستة منا", "arrested", 6, null)]
    public void test_crowds_told_by_the_act_around_them_are_counted_with_its_kind(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وخرج المئات من سكان المدينة في رحلة الى البحر")]          // no protest
    [InlineData("وخرج المئات من انصار الحزب في مظاهرات فرح بعد اعلان النتائج")]   // a march of joy
    [InlineData("وخرج آلاف العراقيين في مسيرة تشييع الضحايا في بغداد")]          // a funeral
    [InlineData("ووزعت الجمعية نظمها عشرات المتطوعين على الاحياء")]        // no protest before the verb
    public void test_crowds_with_no_protest_around_them_are_no_protesters(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "protesters");

    [Theory]
    [InlineData("مشيرا الى استشهاد جنديين واصابة خمسة من افراد الحشد", "استشهاد جنديين", "killed", 2, null)]
    [InlineData("مضيفا ان ثمانية منهم لا يزالون رهن الاعتقال", "ثمانية منهم لا يزالون رهن الاعتقال", "arrested", 8, null)]
    public void test_martyrdom_and_detention_say_what_happened_to_the_people_counted(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);
}
