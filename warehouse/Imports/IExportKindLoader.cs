using BelongingInsights.Etl.Common;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// The warehouse half of one export kind's slice: stages a file's accepted rows, then promotes them into the
/// star schema with the kind's <c>load.sql</c>. Both run inside the import's transaction.
/// </summary>
public interface IExportKindLoader
{
    ExportKind Kind { get; }

    /// <summary>Appends the accepted rows to the kind's staging table and returns how many it staged.</summary>
    int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken);

    /// <summary>Moves this import's staged rows into the dimensions and facts, replacing earlier rows for the same school and period.</summary>
    void Promote(DuckDBConnection connection, Guid importId);
}
