namespace BelongingInsights.Jobs;

/// <summary>
/// What a request to run an import again did: queued a run (<see cref="ImportId"/>), joined one already queued, or was
/// refused because a later import (<see cref="SupersededBy"/>) replaced the rows it would load.
/// </summary>
public sealed record ReprocessResult(Guid? ImportId, Guid? SupersededBy)
{
    public string RefusalMessage =>
        $"Import {SupersededBy} loaded a later file of the same kind for the same school after this one: running this one again would put its older rows back over the newer ones. Run import {SupersededBy} again instead, or upload the file you want to keep.";
}
