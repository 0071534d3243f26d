using System.Text;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>An export as the upload form posts it.</summary>
internal static class Exports
{
    public static MultipartFormDataContent Form(string csv, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName } };
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        return form;
    }
}
