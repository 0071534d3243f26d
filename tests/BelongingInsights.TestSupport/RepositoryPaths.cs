using System.Reflection;

namespace BelongingInsights.TestSupport;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The dashboard built in the same configuration as these tests (Debug or Release).</summary>
    public static string DashboardAssembly
    {
        get
        {
            var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var path = Path.Combine(Root, "dashboard", "bin", configuration, "net10.0", "BelongingInsights.Dashboard.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build the dashboard first: {path} is missing.");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BelongingInsights.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("The tests must run inside the repository.");
    }
}
