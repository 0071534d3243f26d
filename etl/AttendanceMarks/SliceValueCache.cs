namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// One slice's look-up of a column's distinct cells in front of the values every slice shares: the two cells met
/// last are compared before any hashing (a long export alternates AM and PM, repeats a date for its two sessions and
/// a pupil's usual marks), then the slice's own dictionary, and only a cell new to the slice takes the shared lock.
/// The slice's dictionary starts afresh once it holds <see cref="MaxCells"/> cells, so a national file's half a
/// million UPNs are not held again by every thread.
/// </summary>
internal sealed class SliceValueCache(PackedDistinctValues shared)
{
    private const int MaxCells = 1 << 16;

    private readonly Dictionary<UInt128, int> _indexes = [];
    private UInt128 _last = UInt128.MaxValue;
    private UInt128 _before = UInt128.MaxValue;
    private int _lastIndex;
    private int _beforeIndex;

    /// <summary>The cell's index among the shared distinct values; a packed cell never equals UInt128.MaxValue.</summary>
    public int IndexOf(UInt128 packed)
    {
        if (packed == _last)
            return _lastIndex;
        int index;
        if (packed == _before)
            index = _beforeIndex;
        else if (!_indexes.TryGetValue(packed, out index))
        {
            index = shared.IndexOf(packed);
            if (_indexes.Count == MaxCells)
                _indexes.Clear();
            _indexes.Add(packed, index);
        }
        (_before, _beforeIndex) = (_last, _lastIndex);
        (_last, _lastIndex) = (packed, index);
        return index;
    }
}
