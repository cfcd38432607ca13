using System.Buffers.Binary;

namespace Hadath.Store;

/// <summary>
/// A MinHash signature as text (base64 of its slots, little-endian): TEXT is stored alike by SQLite and PostgreSQL,
/// where BLOB and BYTEA would need two schemas.
/// </summary>
internal static class SignatureText
{
    public static string Encode(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (int i = 0; i < signature.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        return Convert.ToBase64String(bytes);
    }

    public static uint[] Decode(string text)
    {
        var bytes = Convert.FromBase64String(text);
        if (bytes.Length % 4 != 0) throw new FormatException("a MinHash signature is whole 32-bit slots");
        var signature = new uint[bytes.Length / 4];
        for (int i = 0; i < signature.Length; i++) signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        return signature;
    }
}
