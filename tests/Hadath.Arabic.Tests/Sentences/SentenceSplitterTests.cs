using Hadath.Arabic.Tests.Support;

namespace Hadath.Arabic.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("قال الرئيس. ثم غادر.", "0:قال الرئيس. | 12:ثم غادر.")]
    [InlineData("هل تعود؟ لا أدري", "0:هل تعود؟ | 9:لا أدري")]
    [InlineData("رائع! جدا? نعم", "0:رائع! | 6:جدا? | 11:نعم")]
    [InlineData("وانتظر… ثم عاد", "0:وانتظر… | 8:ثم عاد")]
    [InlineData("وانتظر... ثم عاد", "0:وانتظر... | 10:ثم عاد")]
    [InlineData("حقا؟! نعم", "0:حقا؟! | 6:نعم")]
    [InlineData("قال «فقدنا الكثير... هذا مؤلم». ثم بكى", "0:قال «فقدنا الكثير... هذا مؤلم». | 32:ثم بكى")]
    [InlineData("قال «انتهى. لن نعود». ثم بكى", "0:قال «انتهى. | 12:لن نعود». | 22:ثم بكى")]
    public void Terminals_end_sentences(string text, string expected) => Assert.Equal(expected, Render.Sentences(text));

    [Theory]
    [InlineData("وقال «انتهى الأمر.» ثم غادر.", "0:وقال «انتهى الأمر.» | 20:ثم غادر.")]
    [InlineData("وقال \"انتهى.\" ثم غادر.", "0:وقال \"انتهى.\" | 14:ثم غادر.")]
    [InlineData("(انتهى الأمر.) ثم غادر.", "0:(انتهى الأمر.) | 15:ثم غادر.")]
    [InlineData("انتهى. \"ثم\" غادر.", "0:انتهى. | 7:\"ثم\" غادر.")]
    [InlineData("قال \"انتهى. لن نعود . \" ثم بكى", "0:قال \"انتهى. | 12:لن نعود . \" | 24:ثم بكى")]
    [InlineData("قال \"نعم\". انتهى . \"", "0:قال \"نعم\". | 11:انتهى . \"")]
    [InlineData("انتهى. \"\nثم", "0:انتهى. \" | 9:ثم")]
    public void A_closing_quote_or_bracket_after_the_terminal_stays_in_the_sentence(string text, string expected) =>
        Assert.Equal(expected, Render.Sentences(text));

    [Theory]
    [InlineData("بلغ النمو 3.5 في المئة.", "0:بلغ النمو 3.5 في المئة.")]
    [InlineData("التقى د. محمد بالوزير.", "0:التقى د. محمد بالوزير.")]
    [InlineData("قال أ. علي إن م. سعيد وصل.", "0:قال أ. علي إن م. سعيد وصل.")]
    [InlineData("زار U.S. Army المنطقة.", "0:زار U.S. Army المنطقة.")]
    [InlineData("التقى Dr. Smith الوزير.", "0:التقى Dr. Smith الوزير.")]
    [InlineData("راجع www.example.com/a.b اليوم.", "0:راجع www.example.com/a.b اليوم.")]
    [InlineData("مزايا. 1. الشحن السريع. 2. الذاكرة", "0:مزايا. | 7:1. الشحن السريع. | 24:2. الذاكرة")]
    [InlineData("بلغ العدد 12. ثم ارتفع", "0:بلغ العدد 12. | 14:ثم ارتفع")]
    [InlineData("اجتماع د . عاطف عبيد.", "0:اجتماع د . عاطف عبيد.")]
    [InlineData("قال \"يخيفني ( . . . ) انها مفاجأة\".", "0:قال \"يخيفني ( . . . ) انها مفاجأة\".")]
    [InlineData("والقتال . . . الخ . اما", "0:والقتال . . . | 14:الخ . | 20:اما")]
    [InlineData("انتهى. . وبعد", "0:انتهى. . | 9:وبعد")]
    public void Dots_inside_numbers_abbreviations_and_urls_do_not_end_sentences(string text, string expected) =>
        Assert.Equal(expected, Render.Sentences(text));

    [Theory]
    [InlineData("ولد عام 1950 م. وتوفي لاحقا.", "0:ولد عام 1950 م. | 16:وتوفي لاحقا.")]
    [InlineData("في سنة 1420 هـ. ثم رحل.", "0:في سنة 1420 هـ. | 16:ثم رحل.")]
    public void A_calendar_letter_after_a_year_still_ends_the_sentence(string text, string expected) =>
        Assert.Equal(expected, Render.Sentences(text));

    [Theory]
    [InlineData("برلين 15-7 (اف ب) - افادت صحيفة. وقال", "0:برلين 15-7 (اف ب) - افادت صحيفة. | 33:وقال")]
    [InlineData("باريس (أ.ف.ب) - أعلن الوزير.", "0:باريس (أ.ف.ب) - أعلن الوزير.")]
    [InlineData("برلين 15-7 (اف ب) -\nافادت صحيفة.", "0:برلين 15-7 (اف ب) -\nافادت صحيفة.")]
    [InlineData("باريس (اف ب) - قال الوزير - وهو غاضب - إن الأمر انتهى.", "0:باريس (اف ب) - قال الوزير - وهو غاضب - إن الأمر انتهى.")]
    [InlineData("قال مسؤول (أ.ف.ب) إن الوضع خطير.", "0:قال مسؤول (أ.ف.ب) إن الوضع خطير.")]
    [InlineData("قال مسؤول (د ب أ). وأضاف", "0:قال مسؤول (د ب أ). | 19:وأضاف")]
    public void The_dateline_stays_in_the_first_sentence(string text, string expected) => Assert.Equal(expected, Render.Sentences(text));

    [Theory]
    [InlineData("الجملة الأولى\n\nالثانية", "0:الجملة الأولى | 15:الثانية")]
    [InlineData("عنوان الخبر\nقال الوزير إن", "0:عنوان الخبر | 12:قال الوزير إن")]
    [InlineData("قال الوزير،\nإن الوضع", "0:قال الوزير،\nإن الوضع")]
    [InlineData("أولا؛\r\nثانيا", "0:أولا؛\r\nثانيا")]
    [InlineData("سطر\r\nآخر", "0:سطر | 5:آخر")]
    public void Line_breaks_end_sentences_unless_the_line_ends_in_a_comma(string text, string expected) =>
        Assert.Equal(expected, Render.Sentences(text));

    [Theory]
    [InlineData("انتهى الاجتماع. - الوقت ينفد - وقال المبعوث.", "0:انتهى الاجتماع. | 16:- الوقت ينفد - | 31:وقال المبعوث.")]
    [InlineData("انتهى.\n- الوقت ينفد -\nوقال المبعوث.", "0:انتهى. | 7:- الوقت ينفد - | 22:وقال المبعوث.")]
    public void A_subhead_is_a_sentence_of_its_own(string text, string expected) => Assert.Equal(expected, Render.Sentences(text));

    [Theory]
    [InlineData("  قال.  ", "2:قال.")]
    [InlineData("بدون نهاية", "0:بدون نهاية")]
    [InlineData("", "")]
    [InlineData(" \n ", "")]
    public void Sentences_are_trimmed_to_their_tokens(string text, string expected) => Assert.Equal(expected, Render.Sentences(text));
}
