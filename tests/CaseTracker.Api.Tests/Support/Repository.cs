namespace CaseTracker.Api.Tests.Support;

public static class Repository
{
    /// <summary>The checkout's root: the folder above the test binaries that holds CaseTracker.sln.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaseTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("CaseTracker.sln not found above the test binaries.");
    }
}
