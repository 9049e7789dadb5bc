using CaseTracker.Api.Infrastructure;

namespace CaseTracker.Api.Features.Export;

public enum ExportFormat { Csv, Json }

/// <summary>What each record is: the stored document(s), one row per action, or one DSA-shaped statement per action.</summary>
public enum ExportShape { Document, Rows, Dsa }

/// <summary>The format and shape an export asked for. CSV is always rows (plain or DSA); JSON defaults to the documents themselves.</summary>
public sealed record ExportOptions(ExportFormat Format, ExportShape Shape)
{
    public static IResult? TryParse(string? format, string? shape, out ExportOptions options)
    {
        options = new ExportOptions(ExportFormat.Csv, ExportShape.Rows);
        var parsedFormat = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "csv" => ExportFormat.Csv,
            "json" => ExportFormat.Json,
            _ => (ExportFormat?)null,
        };
        if (parsedFormat is null)
            return Problems.BadRequest("bad_export_format", $"format must be csv or json, not '{format}'.", "format");

        ExportShape? parsedShape = shape?.Trim().ToLowerInvariant() switch
        {
            null or "" => parsedFormat == ExportFormat.Json ? ExportShape.Document : ExportShape.Rows,
            "rows" => ExportShape.Rows,
            "dsa" => ExportShape.Dsa,
            "document" when parsedFormat == ExportFormat.Json => ExportShape.Document,
            _ => null,
        };
        if (parsedShape is null)
            return Problems.BadRequest("bad_export_shape",
                parsedFormat == ExportFormat.Csv ? $"shape must be rows or dsa for csv, not '{shape}'." : $"shape must be document, rows or dsa, not '{shape}'.", "shape");

        options = new ExportOptions(parsedFormat.Value, parsedShape.Value);
        return null;
    }

    public string Extension => Format == ExportFormat.Csv ? "csv" : "json";

    /// <summary>The file name stem gets the shape, so a DSA export is not mistaken for the plain one.</summary>
    public string FileName(string stem) => Shape == ExportShape.Dsa ? $"{stem}-dsa.{Extension}" : $"{stem}.{Extension}";
}
