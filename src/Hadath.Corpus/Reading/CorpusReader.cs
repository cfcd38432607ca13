using System.IO.Compression;
using Hadath.Core.Input;

namespace Hadath.Corpus.Reading;

/// <summary>
/// Reads every document under the given paths: folders (recursively, in name order) of <c>.txt</c>, <c>.json</c>,
/// <c>.jsonl</c>, <c>.jsonl.gz</c>/<c>.json.gz</c>, <c>.zip</c> archives of JSON (the SaudiNewsNet layout) and
/// RSS/Atom feeds (<c>.xml</c>, <c>.rss</c>, <c>.atom</c>). Problems come back as error items naming the file,
/// line or entry; nothing is thrown, so one bad file never stops the rest.
/// </summary>
public sealed class CorpusReader(ReaderOptions options)
{
    private static readonly string[] Known = [".txt", ".json", ".jsonl", ".ndjson", ".gz", ".zip", ".xml", ".rss", ".atom"];

    /// <summary>The files the paths name, in the order they are read; unknown extensions inside folders are skipped.</summary>
    public static IReadOnlyList<string> Files(IEnumerable<string> paths, out List<string> missing)
    {
        var files = new List<string>();
        missing = [];
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Known.Contains(Extension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path)) files.Add(path);
            else missing.Add(path);
        }
        return files;
    }

    public IEnumerable<InputDocument> ReadFile(string path)
    {
        byte[] bytes;
        string? error = null;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bytes = [];
            error = ex.Message;
        }
        if (error is not null) return [InputDocument.Fail(path, error)];
        return Extension(path) switch
        {
            ".gz" => ReadGzip(path, bytes),
            ".zip" => ReadZip(path, bytes),
            ".xml" or ".rss" or ".atom" => FeedReader.Read(bytes, path),
            ".txt" => DocumentReader.ReadBytes(bytes, path, options with { Format = InputFormat.Text }),
            _ => ReadAuto(path, bytes),
        };
    }

    private IEnumerable<InputDocument> ReadAuto(string origin, byte[] bytes)
    {
        // A feed given under another name: XML starts with '<' (after an optional BOM and blanks).
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 64)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith('<') ? FeedReader.Read(bytes, origin) : DocumentReader.ReadBytes(bytes, origin, options);
    }

    private IEnumerable<InputDocument> ReadGzip(string path, byte[] compressed)
    {
        byte[]? bytes = null;
        string? error = null;
        try
        {
            using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            bytes = output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            error = $"not a valid gzip file: {ex.Message}";
        }
        if (error is not null) return [InputDocument.Fail(path, error)];
        return ReadAuto(path, bytes!);
    }

    private IEnumerable<InputDocument> ReadZip(string path, byte[] bytes)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            return [InputDocument.Fail(path, $"not a valid zip archive: {ex.Message}")];
        }
        return ReadEntries(path, archive);
    }

    private IEnumerable<InputDocument> ReadEntries(string path, ZipArchive archive)
    {
        using (archive)
        {
            foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.EndsWith('/') || !Known.Contains(Extension(entry.Name))) continue;
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var origin = $"{path}!{entry.FullName}";
                var items = Extension(entry.Name) is ".xml" or ".rss" or ".atom"
                    ? FeedReader.Read(buffer.ToArray(), origin)
                    : DocumentReader.ReadBytes(buffer.ToArray(), origin,
                        Extension(entry.Name) == ".txt" ? options with { Format = InputFormat.Text } : options);
                foreach (var item in items) yield return item;
            }
        }
    }

    /// <summary>
    /// How many documents a file holds, for progress: JSON Lines are counted by their non-blank lines without
    /// being parsed; other layouts are read.
    /// </summary>
    public long Count(string path)
    {
        if (Extension(path) is ".jsonl" or ".ndjson")
        {
            try
            {
                return CountLines(File.ReadAllBytes(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return 1;
            }
        }
        if (Extension(path) == ".gz" && Path.GetFileNameWithoutExtension(path).EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var output = new MemoryStream();
                input.CopyTo(output);
                return CountLines(output.GetBuffer().AsSpan(0, (int)output.Length));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                return 1;
            }
        }
        return ReadFile(path).LongCount();
    }

    private static long CountLines(ReadOnlySpan<byte> bytes)
    {
        long lines = 0;
        bool blank = true;
        foreach (byte b in bytes)
        {
            if (b == (byte)'\n')
            {
                if (!blank) lines++;
                blank = true;
            }
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) blank = false;
        }
        return blank ? lines : lines + 1;
    }

    /// <summary>The lower-case extension, with <c>.jsonl.gz</c> seen as <c>.gz</c>.</summary>
    public static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();
}
