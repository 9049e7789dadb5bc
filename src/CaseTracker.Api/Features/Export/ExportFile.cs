using System.Collections;
using System.Globalization;
using System.Text.Json;
using CaseTracker.Api.Infrastructure;
using CsvHelper;

namespace CaseTracker.Api.Features.Export;

/// <summary>Writes an export as a downloadable file: RFC 4180 CSV or JSON, UTF-8, with a file name.</summary>
public static class ExportFile
{
    public const string CsvContentType = "text/csv; charset=utf-8; header=present";
    public const string JsonContentType = "application/json; charset=utf-8";

    private static readonly CsvWriterOptions Csv = new()
    {
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
        // A cell starting with = + - @ (or a tab or CR) would run as a formula in a spreadsheet: it gets a leading apostrophe.
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = false,
    };

    public static IResult Rows<T>(IEnumerable<T> rows, ExportOptions options, string stem) => options.Format == ExportFormat.Csv
        ? Results.File(ToCsv(rows), CsvContentType, options.FileName(stem))
        : Document(rows.ToList(), options, stem);

    public static IResult Document(object value, ExportOptions options, string stem) =>
        Results.File(JsonSerializer.SerializeToUtf8Bytes(value, Json.Options), JsonContentType, options.FileName(stem));

    /// <summary>
    /// One column per JSON field of T, named and ordered as in the JSON rows, so both formats carry
    /// the same rows; a list becomes one cell with its items joined by commas.
    /// </summary>
    public static byte[] ToCsv<T>(IEnumerable<T> rows)
    {
        var properties = Json.Options.GetTypeInfo(typeof(T)).Properties.Where(p => p.Get is not null).ToList();
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Csv, true))
        {
            foreach (var property in properties) csv.WriteField(property.Name);
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var property in properties) csv.WriteField(Cell(property.Get!(row!)));
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Cell)),
        _ => value.ToString() ?? "",
    };
}
