using CaseTracker.Domain.History;
using Marten;

namespace CaseTracker.Api.ReadModels;

/// <summary>
/// The case list filtered by platform or by status, in its order (newest change, then id), as
/// index ranges. With only the (updatedAt, id) index, a filtered page walked that index and read
/// every skipped case's whole document (about 2 KB, often compressed out of line) to test the
/// filter: tens of milliseconds per page once the list held thousands of cases.
/// </summary>
public static class CaseListIndexes
{
    public static void Configure(StoreOptions options) =>
        options.Schema.For<CaseHistory>()
            .Index([c => c.PlatformKey, c => c.UpdatedAt, c => c.Id], i => i.Name = "ct_casehistory_platform_updated_id")
            .Index([c => c.Status, c => c.UpdatedAt, c => c.Id], i => i.Name = "ct_casehistory_status_updated_id");
}
