namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// One slice's look-up of a column's distinct cells in front of the values every slice shares: the two cells met
/// last are compared before any hashing (a long export alternates AM and PM, repeats a date for its two sessions and
/// a pupil's usual marks), then a small table of the cells met lately, each in the one place its number hashes to,
/// and only a cell not found there takes the shared lock. The table is small and fixed, so a national file's half a
/// million UPNs are not held again by every thread, while a column of a few hundred distinct cells (dates, marks)
/// is found in it without a dictionary's hashing.
/// </summary>
internal sealed class SliceValueCache
{
    private const int PlaceBits = 12;

    private readonly PackedDistinctValues _shared;
    private readonly UInt128[] _cells = new UInt128[1 << PlaceBits];
    private readonly int[] _indexes = new int[1 << PlaceBits];
    private UInt128 _last = UInt128.MaxValue;
    private UInt128 _before = UInt128.MaxValue;
    private int _lastIndex;
    private int _beforeIndex;

    public SliceValueCache(PackedDistinctValues shared)
    {
        _shared = shared;
        Array.Fill(_cells, UInt128.MaxValue);
    }

    /// <summary>The cell's index among the shared distinct values; a packed cell never equals UInt128.MaxValue.</summary>
    public int IndexOf(UInt128 packed)
    {
        if (packed == _last)
            return _lastIndex;
        int index;
        if (packed == _before)
            index = _beforeIndex;
        else
        {
            var place = PlaceOf(packed);
            if (_cells[place] == packed)
                index = _indexes[place];
            else
            {
                index = _shared.IndexOf(packed);
                _cells[place] = packed;
                _indexes[place] = index;
            }
        }
        (_before, _beforeIndex) = (_last, _lastIndex);
        (_last, _lastIndex) = (packed, index);
        return index;
    }

    private static int PlaceOf(UInt128 packed) =>
        (int)((((ulong)packed ^ (ulong)(packed >> 64)) * 0x9E3779B97F4A7C15UL) >> (64 - PlaceBits));
}
