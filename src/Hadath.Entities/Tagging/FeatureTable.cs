namespace Hadath.Entities.Tagging;

/// <summary>An open-addressing map from 64-bit feature keys to weight rows; immutable after construction.</summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(IReadOnlyList<ulong> keys)
    {
        int capacity = 16;
        while (capacity < keys.Count * 2) capacity <<= 1;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        Array.Fill(_rows, -1);
        _mask = capacity - 1;
        Keys = keys.ToArray();
        for (int row = 0; row < keys.Count; row++)
        {
            int slot = (int)(keys[row] & (ulong)_mask);
            while (_rows[slot] >= 0) slot = (slot + 1) & _mask;
            _keys[slot] = keys[row];
            _rows[slot] = row;
        }
    }

    /// <summary>The keys in row order, for saving.</summary>
    public ulong[] Keys { get; }

    public int Count => Keys.Length;

    public int Find(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            int row = _rows[slot];
            if (row < 0 || _keys[slot] == key) return row;
            slot = (slot + 1) & _mask;
        }
    }
}
