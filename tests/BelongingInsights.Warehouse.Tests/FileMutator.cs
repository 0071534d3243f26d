using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// Damages a valid export the ways files arrive damaged: bytes flipped, inserted or deleted, rows cut, columns swapped,
/// duplicated or dropped, encodings mixed, huge cells, very many columns, a very long line, numbers at the edges of
/// their range, digits that are not ASCII. One seed always gives the
/// same bytes and the same description, so a failing case is replayed from its kind and seed alone.
/// </summary>
public sealed partial class FileMutator(FuzzBudget budget)
{
    private static readonly string[] Extremes = ["0", "00", "0000", "9999", "99999", "2147483648", "-1", "1e309", "NaN"];
    private static readonly byte[] Awkward = [.. ",\"\n\r;\t"u8, 0x00, 0xFF, 0xC3, 0xA9, 0x80, (byte)' '];

    private delegate byte[] Mutation(byte[] file, Random random, List<string> steps);

    private Mutation[] Mutations =>
    [
        FlipBytes, InsertBytes, DeleteBytes, CutFile, CutRow, SwapColumns, SwapHeaderNames, DuplicateColumn, DropColumn,
        DropHeaderCell, RepeatRow, MixSeparators, MixLineEnds, Windows1252Cell, Utf16Row, BomInTheMiddle, HugeCells,
        ManyColumns, LongLine, HeaderOnly, ExtremeNumber, UnicodeDigits,
    ];

    /// <summary>The file after one to three seeded mutations, and what was done, in words.</summary>
    public (byte[] File, string Steps) Mutate(byte[] valid, int seed)
    {
        var random = new Random(seed);
        var steps = new List<string>();
        var file = valid;
        for (var count = random.Next(1, 4); count > 0; count--)
            file = Mutations[random.Next(Mutations.Length)](file, random, steps);
        return (file, string.Join("; ", steps));
    }

    /// <summary>The file with <paramref name="bytes"/> of text added to one row, past every line limit.</summary>
    public static (byte[] File, string Steps) WithLongLine(byte[] valid, int seed, int bytes)
    {
        var steps = new List<string>();
        return (Lengthen(valid, new Random(seed), steps, bytes), string.Join("; ", steps));
    }

    private static byte[] FlipBytes(byte[] file, Random random, List<string> steps)
    {
        var flipped = (byte[])file.Clone();
        for (var count = random.Next(1, 9); count > 0 && flipped.Length > 0; count--)
        {
            var at = random.Next(flipped.Length);
            var mask = (byte)random.Next(1, 256);
            steps.Add(Invariant($"flip byte {at} 0x{flipped[at]:X2} to 0x{flipped[at] ^ mask:X2}"));
            flipped[at] ^= mask;
        }
        return flipped;
    }

    private static byte[] InsertBytes(byte[] file, Random random, List<string> steps)
    {
        var at = random.Next(file.Length + 1);
        var inserted = new byte[random.Next(1, 17)];
        for (var i = 0; i < inserted.Length; i++)
            inserted[i] = random.Next(2) == 0 ? Awkward[random.Next(Awkward.Length)] : (byte)random.Next(256);
        steps.Add(Invariant($"insert {Convert.ToHexString(inserted)} at byte {at}"));
        return [.. file.AsSpan(0, at), .. inserted, .. file.AsSpan(at)];
    }

    private static byte[] DeleteBytes(byte[] file, Random random, List<string> steps)
    {
        var at = random.Next(file.Length + 1);
        var length = Math.Min(random.Next(1, 65), file.Length - at);
        steps.Add(Invariant($"delete {length} bytes at byte {at}"));
        return [.. file.AsSpan(0, at), .. file.AsSpan(at + length)];
    }

    private static byte[] CutFile(byte[] file, Random random, List<string> steps)
    {
        var at = random.Next(file.Length + 1);
        steps.Add(Invariant($"cut the file at byte {at} of {file.Length}"));
        return file[..at];
    }

    private static byte[] CutRow(byte[] file, Random random, List<string> steps)
    {
        var lines = Lines(file);
        var row = random.Next(lines.Count);
        var at = random.Next(lines[row].Length + 1);
        steps.Add(Invariant($"cut row {row + 1} at character {at}"));
        lines[row] = lines[row][..at];
        return Join(lines);
    }

    private static byte[] SwapColumns(byte[] file, Random random, List<string> steps)
    {
        var (first, second) = TwoColumns(file, random);
        steps.Add(Invariant($"swap columns {first + 1} and {second + 1} in every row"));
        return EachRow(file, (cells, _) => Swap(cells, first, second));
    }

    private static byte[] SwapHeaderNames(byte[] file, Random random, List<string> steps)
    {
        var (first, second) = TwoColumns(file, random);
        steps.Add(Invariant($"swap header cells {first + 1} and {second + 1}"));
        return EachRow(file, (cells, row) => row == 0 ? Swap(cells, first, second) : cells);
    }

    private static byte[] DuplicateColumn(byte[] file, Random random, List<string> steps)
    {
        var column = random.Next(Cells(Lines(file)[0]).Count);
        steps.Add(Invariant($"duplicate column {column + 1}"));
        return EachRow(file, (cells, _) => column < cells.Count ? [.. cells[..(column + 1)], cells[column], .. cells[(column + 1)..]] : cells);
    }

    private static byte[] DropColumn(byte[] file, Random random, List<string> steps)
    {
        var column = random.Next(Cells(Lines(file)[0]).Count);
        steps.Add(Invariant($"drop column {column + 1}"));
        return EachRow(file, (cells, _) => column < cells.Count ? [.. cells[..column], .. cells[(column + 1)..]] : cells);
    }

    private static byte[] DropHeaderCell(byte[] file, Random random, List<string> steps)
    {
        var column = random.Next(Cells(Lines(file)[0]).Count);
        steps.Add(Invariant($"drop header cell {column + 1}, leaving the rows as they were"));
        return EachRow(file, (cells, row) => row == 0 && column < cells.Count ? [.. cells[..column], .. cells[(column + 1)..]] : cells);
    }

    private static byte[] RepeatRow(byte[] file, Random random, List<string> steps)
    {
        var lines = Lines(file);
        var row = random.Next(lines.Count);
        var times = random.Next(1, 50);
        steps.Add(Invariant($"repeat row {row + 1} {times} times"));
        lines.InsertRange(row, Enumerable.Repeat(lines[row], times));
        return Join(lines);
    }

    private static byte[] MixSeparators(byte[] file, Random random, List<string> steps)
    {
        var separator = random.Next(3) switch { 0 => ";", 1 => "\t", _ => "|" };
        var every = random.Next(1, 4);
        steps.Add(Invariant($"separate every {every}th row by '{separator}' instead of ','"));
        var lines = Lines(file);
        for (var row = 0; row < lines.Count; row += every)
            lines[row] = lines[row].Replace(",", separator, StringComparison.Ordinal);
        return Join(lines);
    }

    private static byte[] MixLineEnds(byte[] file, Random random, List<string> steps)
    {
        var end = random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n\n" };
        steps.Add(Invariant($"end every other row with {Convert.ToHexString(Encoding.ASCII.GetBytes(end))}"));
        var text = new StringBuilder();
        var lines = Lines(file);
        for (var row = 0; row < lines.Count; row++)
            text.Append(lines[row]).Append(row % 2 == 0 ? end : "\n");
        return Utf8(text.ToString());
    }

    private static byte[] Windows1252Cell(byte[] file, Random random, List<string> steps)
    {
        var lines = Lines(file);
        var row = random.Next(lines.Count);
        var at = random.Next(lines[row].Length + 1);
        steps.Add(Invariant($"write 'Zoë £5 – café' in Windows-1252 into row {row + 1} at character {at}"));
        var before = Join(lines[..row]);
        var encoded = Windows1252.Value.GetBytes(lines[row].Insert(at, "Zoë £5 – café"));
        return [.. before, .. encoded, (byte)'\n', .. Join(lines[(row + 1)..])];
    }

    private static byte[] Utf16Row(byte[] file, Random random, List<string> steps)
    {
        var lines = Lines(file);
        var row = random.Next(lines.Count);
        var bigEndian = random.Next(2) == 0;
        steps.Add(Invariant($"write row {row + 1} in UTF-16{(bigEndian ? "BE" : "LE")}"));
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        return [.. Join(lines[..row]), .. encoding.GetBytes(lines[row] + "\n"), .. Join(lines[(row + 1)..])];
    }

    private static byte[] BomInTheMiddle(byte[] file, Random random, List<string> steps)
    {
        var at = random.Next(file.Length + 1);
        byte[] bom = random.Next(3) switch { 0 => [0xEF, 0xBB, 0xBF], 1 => [0xFF, 0xFE], _ => [0xFE, 0xFF] };
        steps.Add(Invariant($"insert the byte order mark {Convert.ToHexString(bom)} at byte {at}"));
        return [.. file.AsSpan(0, at), .. bom, .. file.AsSpan(at)];
    }

    private byte[] HugeCells(byte[] file, Random random, List<string> steps)
    {
        var lines = Lines(file);
        var rows = random.Next(1, 4);
        var size = random.Next(budget.HugeCellCharacters / 10, budget.HugeCellCharacters + 1);
        for (var count = 0; count < rows; count++)
        {
            var row = random.Next(lines.Count);
            var cells = Cells(lines[row]);
            var column = random.Next(cells.Count);
            var digits = random.Next(2) == 0;
            steps.Add(Invariant($"make cell {column + 1} of row {row + 1} {size} {(digits ? "digits" : "letters")}"));
            cells[column] = new string(digits ? '9' : 'x', size);
            lines[row] = string.Join(',', cells);
        }
        return Join(lines);
    }

    private byte[] ManyColumns(byte[] file, Random random, List<string> steps)
    {
        var lines = Lines(file);
        var row = random.Next(random.Next(2) == 0 ? Math.Min(lines.Count, 3) : lines.Count);
        steps.Add(Invariant($"give row {row + 1} {budget.ManyColumns} more columns"));
        lines[row] += new string(',', budget.ManyColumns);
        return Join(lines);
    }

    private byte[] LongLine(byte[] file, Random random, List<string> steps) => Lengthen(file, random, steps, budget.LongLineBytes);

    private static byte[] Lengthen(byte[] file, Random random, List<string> steps, int bytes)
    {
        var lines = Lines(file);
        var row = random.Next(lines.Count);
        steps.Add(Invariant($"add {bytes} bytes to row {row + 1}"));
        var filler = new byte[bytes];
        filler.AsSpan().Fill((byte)'x');
        return [.. Join(lines[..row]), .. Utf8(lines[row]), .. filler, (byte)'\n', .. Join(lines[(row + 1)..])];
    }

    private static byte[] HeaderOnly(byte[] file, Random random, List<string> steps)
    {
        var lines = Lines(file);
        var kept = random.Next(1, 3);
        steps.Add(Invariant($"keep only the first {kept} rows"));
        return Join(lines[..Math.Min(kept, lines.Count)]);
    }

    private static byte[] ExtremeNumber(byte[] file, Random random, List<string> steps)
    {
        var text = Encoding.UTF8.GetString(file);
        var numbers = Digits().Matches(text);
        if (numbers.Count == 0)
        {
            steps.Add("find no number to replace");
            return file;
        }
        var number = numbers[random.Next(numbers.Count)];
        var extreme = Extremes[random.Next(Extremes.Length)];
        steps.Add(Invariant($"replace the number {number.Value} at character {number.Index} by {extreme}"));
        return Utf8(string.Concat(text.AsSpan(0, number.Index), extreme, text.AsSpan(number.Index + number.Length)));
    }

    private static byte[] UnicodeDigits(byte[] file, Random random, List<string> steps)
    {
        var lines = Lines(file);
        var row = random.Next(lines.Count);
        var (name, zero) = random.Next(2) == 0 ? ("full-width", '\uFF10') : ("Arabic-Indic", '\u0660');
        steps.Add(Invariant($"write the digits of row {row + 1} as {name} digits"));
        lines[row] = string.Concat(lines[row].Select(c => char.IsAsciiDigit(c) ? (char)(zero + (c - '0')) : c));
        return Join(lines);
    }

    /// <summary>The file's lines as text (a damaged file's invalid bytes become replacement characters), without their '\n'.</summary>
    private static List<string> Lines(byte[] file)
    {
        var text = Encoding.UTF8.GetString(file);
        return [.. (text.EndsWith('\n') ? text[..^1] : text).Split('\n')];
    }

    private static byte[] Join(List<string> lines) => lines.Count == 0 ? [] : Utf8(string.Join('\n', lines) + "\n");

    private static List<string> Cells(string line) => [.. line.Split(',')];

    private static byte[] EachRow(byte[] file, Func<List<string>, int, List<string>> change) =>
        Join([.. Lines(file).Select((line, row) => string.Join(',', change(Cells(line), row)))]);

    private static (int First, int Second) TwoColumns(byte[] file, Random random)
    {
        var columns = Cells(Lines(file)[0]).Count;
        return (random.Next(columns), random.Next(columns));
    }

    private static List<string> Swap(List<string> cells, int first, int second)
    {
        if (first < cells.Count && second < cells.Count)
            (cells[first], cells[second]) = (cells[second], cells[first]);
        return cells;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}

/// <summary>
/// How hard one fuzz run tries: cases per export kind, the size of the largest cells, how many columns a widened row
/// gains and how long a lengthened line grows; with a 200 MB line once per kind when <see cref="GiantLineBytes"/> is set.
/// </summary>
public sealed record FuzzBudget(int CasesPerKind, int HugeCellCharacters, int ManyColumns, int LongLineBytes, int? GiantLineBytes)
{
    /// <summary>The default run's: 120 cases, about half a minute on a busy two-core machine.</summary>
    public static readonly FuzzBudget Short = new(12, 1_200_000, 20_000, 2 << 20, null);

    /// <summary>BI_RELIABILITY_FULL=1: 10,000 cases, a million columns, a 200 MB line for every kind.</summary>
    public static readonly FuzzBudget Full = new(1_000, 1_200_000, 1_000_000, 2 << 20, 200 << 20);

    public static FuzzBudget Current => Environment.GetEnvironmentVariable("BI_RELIABILITY_FULL") == "1" ? Full : Short;
}
