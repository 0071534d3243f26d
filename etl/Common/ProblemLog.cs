namespace BelongingInsights.Etl.Common;

/// <summary>
/// Collects the problems found while reading a file and counts the rows they quarantine. Only the first
/// <see cref="KeptProblems"/> are kept, so a file with an error on every one of millions of rows stays small.
/// </summary>
public sealed class ProblemLog(string fileName)
{
    public const int KeptProblems = 1000;
    private readonly List<ImportProblem> _problems = [];
    private int _lastQuarantinedLine = -1;

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public int QuarantinedRows { get; private set; }

    /// <summary>Every problem found, including those past <see cref="KeptProblems"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Every warning found, including those past <see cref="KeptProblems"/>.</summary>
    public int Warnings { get; private set; }

    public ImportProblem? Fatal => _problems.FirstOrDefault(p => p.Severity == ProblemSeverity.Fatal);

    public void Warn(int line, string column, string? value, string message)
    {
        Warnings++;
        Add(new ImportProblem(fileName, line, column, value, ProblemSeverity.Warning, message));
    }

    public void Reject(int line, string column, string? value, string message)
    {
        Add(new ImportProblem(fileName, line, column, value, ProblemSeverity.Error, message));
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
        if (_problems.Count < KeptProblems || problem.Severity == ProblemSeverity.Fatal)
            _problems.Add(problem);
    }
}
