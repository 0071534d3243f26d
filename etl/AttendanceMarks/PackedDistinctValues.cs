using System.Collections;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// Distinct cells shared by every slice, in the order they were met: a cell of at most 15 bytes packed into one
/// number, which is both its key and how it is kept, so half a million UPNs take 16 bytes each rather than a string.
/// A cell is made text only when it is read.
/// </summary>
internal sealed class PackedDistinctValues : IReadOnlyList<string>
{
    private readonly Dictionary<UInt128, int> _indexes = [];
    private readonly List<UInt128> _values = [];

    public int Count => _values.Count;

    public string this[int index] => PlainCsvLine.Unpack(_values[index]);

    public int IndexOf(UInt128 packed)
    {
        lock (_indexes)
        {
            if (!_indexes.TryGetValue(packed, out var index))
            {
                index = _values.Count;
                _indexes.Add(packed, index);
                _values.Add(packed);
            }
            return index;
        }
    }

    public IEnumerator<string> GetEnumerator() => _values.Select(PlainCsvLine.Unpack).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
