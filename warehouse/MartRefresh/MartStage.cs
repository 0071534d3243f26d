namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>
/// The four stages of the mart scripts, in the order the refresh runs them; each is a folder under <c>Marts/</c>
/// (<see cref="MartScript.StageFolders"/>). Within a stage, scripts run in the ordinal order of their file names.
/// </summary>
public enum MartStage
{
    /// <summary><c>1_work</c>: <c>work_*</c> tables, facts joined to the characteristics valid on their dates.</summary>
    Work = 1,

    /// <summary><c>2_cells</c>: each grouped mart's cells, into <c>work_&lt;mart&gt;_cell</c> and the shared suppression cells.</summary>
    Cells = 2,

    /// <summary><c>3_suppression</c>: primary and secondary suppression, run once for each mart whose cells were rebuilt.</summary>
    Suppression = 3,

    /// <summary><c>4_marts</c>: the <c>mart_*</c> tables the pages read.</summary>
    Mart = 4,
}
