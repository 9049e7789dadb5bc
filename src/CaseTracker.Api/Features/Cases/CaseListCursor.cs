using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CaseTracker.Domain.History;
using Marten.Linq.MatchesSql;

namespace CaseTracker.Api.Features.Cases;

/// <summary>
/// Where a page of the case list ended: the last case's change time and id, in an opaque token.
/// The next page starts strictly after it in the list's order, so a page costs an index range
/// scan of its own rows and never a count or an offset over the rows before it.
/// </summary>
public sealed record CaseListCursor(DateTimeOffset UpdatedAt, Guid Id)
{
    public static CaseListCursor After(CaseHistory last) => new(last.UpdatedAt, last.Id);

    public string Token() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}.{Id:N}"));

    public static bool TryParse(string token, out CaseListCursor? cursor)
    {
        cursor = null;
        if (token.Length > 96 || !Base64Url.IsValid(token)) return false;
        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split('.');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks || !Guid.TryParseExact(parts[1], "N", out var id)) return false;
        cursor = new CaseListCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }

    /// <summary>
    /// The cases after this one in the list's order (newest change first, then id descending). The
    /// bound on the change time is what the index range-scans; the id settles rows of the same time.
    /// </summary>
    public IQueryable<CaseHistory> Following(IQueryable<CaseHistory> query)
    {
        var at = UpdatedAt;
        var id = Id;
        return query.Where(c => c.UpdatedAt <= at && (c.UpdatedAt < at || c.MatchesSql("d.id < ?", id)));
    }
}
