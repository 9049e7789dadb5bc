using CaseTracker.Api.Features.Cases;
using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Platforms;
using CaseTracker.Api.Features.Search;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Api.Features.Subjects;
using CaseTracker.Domain.History;
using JasperFx;
using JasperFx.CodeGeneration;
using Wolverine.Http;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Infrastructure;

/// <summary>What one operation promises: a readable summary, its success status and body, and the problems it can answer.</summary>
public sealed record OperationContract(string Summary, string Description, int Status, Type? Body, params int[] Problems);

/// <summary>
/// The API contract the OpenAPI document shows, one entry per endpoint (by its route name): true
/// status codes, typed bodies and problem answers. The endpoints return IResult (their answers
/// carry headers and several statuses), so the types are declared here; a test fails when an
/// operation has no entry or a success without a schema.
/// </summary>
public sealed class ApiContract : IHttpPolicy
{
    private const int Bad = 400, Missing = 404, Conflict = 409, Unprocessable = 422;

    private const string Versioned = " Send the version you read (If-Match: \"3\" or the body's version) to refuse the write when the case has changed since (409 with the current version); without it the write is appended to whatever the case holds.";

    public static readonly IReadOnlyDictionary<string, OperationContract> Operations = new Dictionary<string, OperationContract>
    {
        ["OpenCase"] = new("Open a case", "Opens a case for a subject on a platform. Answers 201 with the case's address (Location) and version (ETag).", 201, typeof(WriteResult), Bad, Conflict),
        ["ListCases"] = new("List cases", "Cases filtered by platform, subject, status or action type, newest first, a page at a time.", 200, typeof(CasePage), Bad),
        ["GetCaseHistory"] = new("Read a case's history", "The case as it stands now, or as it was known at the moment `asOf`; a merged case redirects (308) to the case that absorbed it. The ETag is the case version.", 200, typeof(CaseHistory), Bad, Missing),
        ["GetCaseEvents"] = new("Read a case's events", "Every event of the case in order, with when and by whom it was recorded.", 200, typeof(List<RecordedEvent>), Missing),
        ["RecordAction"] = new("Record a platform action", "Records an action a source reports (suspension, removal, reinstatement...). The same source reporting the same action again answers 200 with the existing action's id and writes nothing." + Versioned, 201, typeof(WriteResult), Bad, Missing, Conflict),
        ["CorroborateAction"] = new("Corroborate an action", "Adds another source for a recorded action." + Versioned, 200, typeof(WriteResult), Bad, Missing, Conflict),
        ["DisputeAction"] = new("Dispute an action", "Records a source that contradicts an action (its date, its kind, or that it happened at all)." + Versioned, 200, typeof(WriteResult), Bad, Missing, Conflict),
        ["ResolveDispute"] = new("Resolve a dispute", "Chooses a reading of an action that sources contest." + Versioned, 200, typeof(WriteResult), Bad, Missing, Conflict),
        ["WithdrawAction"] = new("Withdraw an action", "Marks an action as recorded in error; it stays in the history but no longer counts." + Versioned, 200, typeof(WriteResult), Bad, Missing, Conflict),
        ["StateReason"] = new("State a reason", "Records a reason a party (platform, subject, government...) gave for an action or for the case." + Versioned, 201, typeof(WriteResult), Bad, Missing, Conflict),
        ["AddNote"] = new("Add a note", "Adds an analyst's note; a closed case takes notes too." + Versioned, 201, typeof(WriteResult), Bad, Missing, Conflict),
        ["CloseCase"] = new("Close a case", "Closes the case; it takes no new actions until reopened." + Versioned, 200, typeof(WriteResult), Bad, Missing, Conflict),
        ["ReopenCase"] = new("Reopen a case", "Reopens a closed case." + Versioned, 200, typeof(WriteResult), Bad, Missing, Conflict),
        ["MergeCases"] = new("Merge two cases", "Moves the absorbed case's actions into the survivor; the absorbed case then redirects to it. Versions, when given, guard both cases.", 200, typeof(WriteResult), Bad, Missing, Conflict),
        ["MergeSubjects"] = new("Merge two subjects", "Declares that two subject names are one subject: histories and exports of the absorbed name read the survivor's.", 200, typeof(SubjectsMergedAnswer), Bad, Conflict),
        ["GetSubjectHistory"] = new("Read a subject's history", "Every case about a subject (under any merged name), a page at a time.", 200, typeof(SubjectHistory), Bad, Missing),
        ["IngestSource"] = new("Ingest an article", "Stores an article and reads its claims into the review queue. The same article again (same canonical URL or same text) answers 200 with the stored source. With only a `url` (and optionally an outlet) the server fetches the page: http(s) on public addresses only (each redirect checked again), text/html or text/plain, within a size and time limit; a refused page is a 422 naming why, an unreachable one a 502 or 504.", 201, typeof(IngestResult), Bad, Conflict, Unprocessable, 502, 504),
        ["IngestSourceBatch"] = new("Ingest articles in one batch", "Stores several articles in one transaction; an invalid item is a 422 naming its index and nothing is stored.", 201, typeof(SourceBatchResult), Bad, Conflict, Unprocessable),
        ["GetSource"] = new("Read a source", "A stored article with its text and metadata.", 200, typeof(SourceDocument), Missing),
        ["GetSourceIndex"] = new("Read a source's index entry", "What the source says, indexed: its claims and the cases they landed in.", 200, typeof(SourceIndexPage), Missing),
        ["ListClaims"] = new("List claims", "Claims read from articles, by review status or source, a page at a time.", 200, typeof(ClaimPage), Bad),
        ["GetClaim"] = new("Read a claim", "One claim read from an article, with its quotes and review status.", 200, typeof(ReviewClaim), Missing),
        ["AcceptClaim"] = new("Accept a claim", "Files the claim into the given case, or into the open case for its platform and subject (opened if none): a new action, or a corroboration of a known one. `overrides` corrects the proposal first (platform, subject, action, date, scope, reasons): the case records the corrected reading, the claim keeps what was extracted and its `edits` what changed." + Versioned, 200, typeof(AcceptedClaim), Bad, Missing, Conflict),
        ["RejectClaim"] = new("Reject a claim", "Marks the claim as not usable, with the reason.", 200, typeof(ClaimRejectedAnswer), Bad, Missing, Conflict),
        ["Search"] = new("Search cases and sources", "Full-text search over case subjects, titles, notes and article texts.", 200, typeof(SearchPage), Bad),
        ["GetPlatformActivity"] = new("A platform's activity by month", "Actions per month on one platform, by kind.", 200, typeof(PlatformActivityPage), Bad),
        ["GetActivityByMonth"] = new("Activity of every platform in a month", "Actions per platform in one month, by kind.", 200, typeof(MonthActivityPage), Bad),
        ["ExportCaseHistory"] = new("Export a case", "The case history as a JSON document or CSV rows (one per action, or DSA statements of reasons).", 200, typeof(Stream), Bad, Missing),
        ["ExportCaseList"] = new("Export cases", "The filtered case list as a JSON document or CSV rows.", 200, typeof(Stream), Bad, Unprocessable),
        ["ExportSubjectHistory"] = new("Export a subject's history", "Every case about a subject as a JSON document or CSV rows.", 200, typeof(Stream), Bad, Missing),
    };

    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        {
            var name = chain.Method.Method.GetCustomAttributes(inherit: false).OfType<WolverineHttpMethodAttribute>().FirstOrDefault()?.Name;
            if (name is null || !Operations.TryGetValue(name, out var contract)) continue;
            chain.Metadata.WithSummary(contract.Summary).WithDescription(contract.Description).WithMetadata(new OperationName(name));
            if (contract.Body == typeof(Stream)) chain.Metadata.Produces(contract.Status, typeof(Stream), "application/json", "text/csv");
            else chain.Metadata.Produces(contract.Status, contract.Body, "application/json");
            foreach (var status in contract.Problems.Append(401).Append(403)) chain.Metadata.ProducesProblem(status);
        }
    }
}
