namespace BelongingInsights.Etl.Benchmarks;

/// <summary>
/// The pupil characteristic a row of a DfE release is broken down by, as published (group and value, <c>Total</c> for
/// all pupils), and the warehouse's own pupil group it is the same as (<see cref="PupilGroups"/>), when it is one.
/// </summary>
public sealed record BenchmarkCharacteristic(string? Group, string Value, string? PupilGroup, string? PupilGroupValue)
{
    public static readonly BenchmarkCharacteristic AllPupils = new(null, "Total", PupilGroups.AllPupils, PupilGroups.AllPupils);
}
