using Hadath.Core;

namespace Hadath.Extraction.Numbers;

/// <summary>
/// A number read from words <c>[FirstWord, EndWord)</c>: digits (<c>84</c>, <c>٣</c>), words (<c>ثلاثة وعشرين</c>),
/// or both (<c>280 الف</c>, <c>1,5 مليون</c>). <see cref="Vague"/> marks plural nouns of number (<c>عشرات</c>,
/// <c>مئات</c>, <c>آلاف</c>) whose value is the lower bound they imply.
/// </summary>
public sealed record NumberPhrase(TextSpan Span, int FirstWord, int EndWord, double Value, bool Vague);
