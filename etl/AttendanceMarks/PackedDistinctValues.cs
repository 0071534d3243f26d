using System.Text;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>Distinct cells shared by every slice: a cell of at most 15 bytes is packed into one number as its key.</summary>
internal sealed class PackedDistinctValues
{
    private readonly Dictionary<UInt128, int> _indexes = [];
    private readonly List<string> _values = [];

    public IReadOnlyList<string> Values => _values;

    public int IndexOf(UInt128 packed, ReadOnlySpan<byte> cell)
    {
        lock (_indexes)
        {
            if (!_indexes.TryGetValue(packed, out var index))
            {
                index = _values.Count;
                _indexes.Add(packed, index);
                _values.Add(Encoding.UTF8.GetString(cell));
            }
            return index;
        }
    }
}
