namespace BelongingInsights.Etl.Common;

/// <summary>
/// Collects the problems found while reading a file and counts the rows they quarantine. Only the first
/// <see cref="ProblemLimits.Kept"/> are kept, each value cut to <see cref="ProblemLimits.ValueLength"/> characters, so a
/// file with an error on every one of millions of rows, or with enormous bad cells, stays small in memory and in the ledger.
/// </summary>
public sealed class ProblemLog(string fileName, ProblemLimits limits)
{
    public const int KeptProblems = ProblemLimits.DefaultKept;
    private readonly List<ImportProblem> _problems = [];
    private int _lastQuarantinedLine = -1;

    public ProblemLog(string fileName)
        : this(fileName, ProblemLimits.Default)
    {
    }

    public string FileName => fileName;

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public int QuarantinedRows { get; private set; }

    /// <summary>Every problem found, including those past the kept ones.</summary>
    public int Count { get; private set; }

    /// <summary>Every warning found, including those past the kept ones.</summary>
    public int Warnings { get; private set; }

    public ImportProblem? Fatal => _problems.FirstOrDefault(p => p.Severity == ProblemSeverity.Fatal);

    public void Warn(int line, string column, string? value, string message)
    {
        Warnings++;
        Add(new ImportProblem(fileName, line, column, limits.Cut(value), ProblemSeverity.Warning, message));
    }

    public void Reject(int line, string column, string? value, string message)
    {
        Add(new ImportProblem(fileName, line, column, limits.Cut(value), ProblemSeverity.Error, message));
        if (line != _lastQuarantinedLine)
        {
            QuarantinedRows++;
            _lastQuarantinedLine = line;
        }
    }

    public void RefuseFile(int line, string column, string message) =>
        Add(new ImportProblem(fileName, line, column, null, ProblemSeverity.Fatal, message));

    private void Add(ImportProblem problem)
    {
        Count++;
        if (_problems.Count < limits.Kept || problem.Severity == ProblemSeverity.Fatal)
            _problems.Add(problem);
    }
}
