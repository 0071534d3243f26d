using BelongingInsights.Etl.Common;

namespace BelongingInsights.TestSupport;

/// <summary>Valid UPNs for made-up pupils: twelve digits after the check letter the DfE's algorithm gives them.</summary>
public static class TestUpn
{
    public static string Of(string twelveDigits) => Upn.CheckLetter(twelveDigits) + twelveDigits;
}
