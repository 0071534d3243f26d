using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>A school list of two trusts (Brook and Hill are Alpha's, Dale is Beta's) and senders scoped to them.</summary>
internal static class TwoTrusts
{
    public const string SchoolList = """
        urn,laestab,school_name,phase,trust,local_authority
        100001,2022019,Brook Primary,primary,Alpha Learning Trust,202
        100002,2022020,Dale Primary,primary,Beta Academies,202
        100003,2022021,Hill Primary,primary,Alpha Learning Trust,202

        """;

    public static ImportCaller Alpha() => new(Guid.NewGuid(), AccessScope.Of(["Alpha Learning Trust"], []));

    public static ImportCaller Beta() => new(Guid.NewGuid(), AccessScope.Of(["Beta Academies"], []));
}
