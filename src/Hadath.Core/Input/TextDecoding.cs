using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Hadath.Core.Input;

/// <summary>Strict decoding: invalid UTF-8 is reported with its byte offset, never replaced silently.</summary>
public static class TextDecoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static TextDecoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Windows1256 => Encoding.GetEncoding(1256);

    /// <summary>Decodes <paramref name="bytes"/>; returns null and sets <paramref name="error"/> when they are not valid.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, InputEncoding encoding, out string? error, long baseOffset = 0)
    {
        error = null;
        if (encoding == InputEncoding.Windows1256)
        {
            return Windows1256.GetString(bytes);
        }
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[3..];
            baseOffset += 3;
        }
        int invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            error = $"invalid UTF-8 at byte offset {baseOffset + invalidAt}";
            if (LooksLikeWindows1256(bytes))
            {
                error += "; the bytes look like Windows-1256 (Arabic): rerun with --encoding windows-1256";
            }
            return null;
        }
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Offset of the first byte that starts an invalid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return -1;
    }

    /// <summary>
    /// Windows-1256 Arabic letters sit in 0xC1–0xFE; UTF-8 Arabic always comes as 0xD8–0xDB lead bytes followed
    /// by continuation bytes. Many high bytes not followed by continuation bytes suggest the legacy code page.
    /// </summary>
    public static bool LooksLikeWindows1256(ReadOnlySpan<byte> bytes)
    {
        int high = 0, loneHigh = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b < 0x80) continue;
            high++;
            bool nextIsContinuation = i + 1 < bytes.Length && (bytes[i + 1] & 0xC0) == 0x80;
            if (b >= 0xC1 && !nextIsContinuation) loneHigh++;
        }
        return high > 0 && loneHigh * 2 >= high;
    }
}
