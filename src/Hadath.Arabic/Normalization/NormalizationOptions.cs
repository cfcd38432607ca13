namespace Hadath.Arabic.Normalization;

/// <summary>
/// The rules of <see cref="ArabicNormalizer"/>, one flag per rule of <c>CharMap.tsv</c> (the flag's name is the
/// rule's name there). <see cref="View"/> folds what never changes meaning for matching; <see cref="Key"/>
/// also merges letters that spelling varies on (ى/ي, ة/ه, ؤ/و, ئ/ي), for dictionary and search keys.
/// </summary>
[Flags]
public enum NormalizationOptions
{
    None = 0,
    /// <summary>أ إ آ ٱ → ا.</summary>
    Alef = 1 << 0,
    /// <summary>Persian letter shapes common in Arabic text: ی → ي, ک → ك.</summary>
    LetterVariants = 1 << 1,
    /// <summary>ـ removed.</summary>
    Tatweel = 1 << 2,
    /// <summary>Harakat, superscript alef and Quranic marks removed.</summary>
    Diacritics = 1 << 3,
    /// <summary>٠–٩ and ۰–۹ → 0–9.</summary>
    Digits = 1 << 4,
    /// <summary>Bidi controls, zero-width characters, soft hyphen and BOM removed.</summary>
    Invisible = 1 << 5,
    /// <summary>NBSP and the other Unicode spaces → U+0020.</summary>
    Spaces = 1 << 6,
    /// <summary>CR LF and lone CR (and NEL, LS, PS) → LF.</summary>
    LineBreaks = 1 << 7,
    /// <summary>، ؛ ؟ ٪ ٫ ٬ ۔ → , ; ? % . , .</summary>
    Punctuation = 1 << 8,
    /// <summary>Presentation forms (U+FB50–FDFF, U+FE70–FEFF) → base letters; ligatures expand (ﻻ → لا).</summary>
    PresentationForms = 1 << 9,
    /// <summary>ى → ي (key mode).</summary>
    AlefMaksura = 1 << 10,
    /// <summary>ة → ه (key mode).</summary>
    TaMarbuta = 1 << 11,
    /// <summary>ؤ → و, ئ → ي (key mode).</summary>
    HamzaCarriers = 1 << 12,

    /// <summary>The display-safe view: every rule that keeps letters distinct.</summary>
    View = Alef | LetterVariants | Tatweel | Diacritics | Digits | Invisible | Spaces | LineBreaks | Punctuation | PresentationForms,

    /// <summary>The stronger match key: <see cref="View"/> plus the letter merges spelling varies on.</summary>
    Key = View | AlefMaksura | TaMarbuta | HamzaCarriers,
}
