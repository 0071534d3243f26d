using System.Text;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// Checks the distinct values of a long marks export, each once, for a bulk load that never visits the rows one by
/// one. A value is clean when the row-by-row reader would take it without a single problem, error or warning; each
/// method returns null for a value that is not, and then the file is read row by row, so every problem is still
/// reported with its row and column.
/// </summary>
public sealed class CleanMarkValues(ImportContext context)
{
    private readonly Dictionary<UInt128, int> _pupilNumbers = [];
    private readonly List<string> _newPupilHashes = [];
    private int? _academicYear;

    /// <summary>The distinct pupils met so far.</summary>
    public int Pupils => _pupilNumbers.Count;

    /// <summary>
    /// The pupil's number within the file for a valid, permanent UPN; spellings of one UPN share a number. Pupils are
    /// known by their normalised UPN packed into one number, so a national file's half a million pupils take 16 bytes
    /// each, not a 64-character hash.
    /// </summary>
    public int? Pupil(string upn)
    {
        var check = Upn.Check(upn);
        if (!check.IsValid || check.IsTemporary)
            return null;
        Span<byte> normalised = stackalloc byte[Encoding.ASCII.GetMaxByteCount(check.Normalised.Length)];
        if (PlainCsvLine.Pack(normalised[..Encoding.ASCII.GetBytes(check.Normalised, normalised)]) is not { } packed)
            return null;
        if (!_pupilNumbers.TryGetValue(packed, out var number))
        {
            number = _pupilNumbers.Count;
            _pupilNumbers.Add(packed, number);
            _newPupilHashes.Add(context.Pseudonymiser.PupilKey(check.Normalised));
        }
        return number;
    }

    /// <summary>
    /// The keyed hashes of the pupils met since the last call, in the order of their numbers: the first is pupil
    /// <see cref="Pupils"/> minus their count. Each hash is handed out once and not kept.
    /// </summary>
    public IReadOnlyList<string> TakeNewPupilHashes()
    {
        string[] taken = [.. _newPupilHashes];
        _newPupilHashes.Clear();
        return taken;
    }

    /// <summary>
    /// The URN of a URN cell (the school chosen at upload when it is empty), when a row for it loads without a problem: in the
    /// sender's scope, and on the school list or no list is loaded.
    /// </summary>
    public int? School(string urn)
    {
        int? school = urn.Length == 0 ? context.SchoolUrn : Fields.IsUrn(urn, out var parsed) ? parsed : null;
        return school is { } known && context.Schools?.LoadsQuietly(known) != false ? known : null;
    }

    public static string? Session(string session) => AttendanceMarksReader.ParseSession(session);

    /// <summary>The date and statutory code of a mark on a date, when the date is a term-time day in the file's one academic year and the mark is valid on it.</summary>
    public (DateOnly Date, string Code, string CodeSet)? Mark(string date, string mark)
    {
        if (mark.Length == 0 || !UkDates.TryParse(date, out var day) || SchoolCalendar.OutsideTerm(day) is not null)
            return null;
        _academicYear ??= UkDates.AcademicYearOf(day);
        if (UkDates.AcademicYearOf(day) != _academicYear)
            return null;
        var code = MarkCodes.Normalise(mark);
        return code is null || MarkCodes.WhyInvalidOn(code, day) is not null ? null : (day, code, MarkCodes.SetFor(day));
    }
}
