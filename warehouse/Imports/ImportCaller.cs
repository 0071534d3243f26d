using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Who sends an import or asks about one: the signed-in user's id and their scope. The server's operator (the inbox
/// folder and the demonstration data, which only someone with the server's files can write to) has no id and sees
/// every school.
/// </summary>
public sealed record ImportCaller(Guid? UserId, AccessScope Scope)
{
    public static ImportCaller Operator { get; } = new(null, AccessScope.Everything);

    /// <summary>A caller who is not signed in: sees no import, and no row of theirs loads.</summary>
    public static ImportCaller Nobody { get; } = new(null, AccessScope.Nothing);

    /// <summary>The SQL parameters <c>$caller_id</c> and the caller's scope (<see cref="AccessScope.Parameters"/>).</summary>
    public (string Name, object? Value)[] Parameters => [("caller_id", UserId), .. Scope.Parameters];
}
