using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Containers;

/// <summary>The built API executable, run the way an operator runs it (db-apply, demo, ...).</summary>
public static class ApiCommand
{
    /// <summary>The API's own build output (same configuration as these tests): its folder holds only the API's assemblies, which its command scan needs.</summary>
    public static string Dll()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(Repository.Root(), "src", "CaseTracker.Api", "bin", tests.Parent!.Name, tests.Name, "CaseTracker.Api.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The API is not built next to the tests", dll);
    }

    public static Task<(int Exit, string Output, string Errors)> RunAsync(string connectionString, params string[] args) =>
        Shell.RunAsync("dotnet", [Dll(), .. args], new() { ["ConnectionStrings__Marten"] = connectionString }, Path.GetDirectoryName(Dll()));
}
