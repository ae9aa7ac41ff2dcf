using System.CommandLine;
using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Units;
using NghiQuyet.Ingest;

namespace NghiQuyet.Cli.Commands;

/// <summary><c>nghiquyet import FILE [--org CODE]</c>: extract a report and store it as a draft resolution; prints its id.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = Messages.HelpImportFile };
        var org = StorageCli.OrgOption(required: false);
        var db = StorageCli.DbOption();
        var command = new Command("import", Messages.HelpImport) { file, org, db };
        command.SetAction(parse =>
        {
            var request = Read(parse.GetValue(file)!, stderr);
            if (!request.Success)
            {
                stderr.WriteLine(request.Error);
                return File.Exists(parse.GetValue(file)) ? ExitCodes.BadInput : ExitCodes.NotFound;
            }
            return StorageCli.Run(stderr, parse.GetValue(db), context =>
            {
                var importer = new ImportService(context, UnitsData.Registry, new Data.OsUser(), TimeProvider.System);
                var outcome = importer.Import(request.Value, parse.GetValue(org));
                if (!outcome.Success)
                {
                    stderr.WriteLine(outcome.Error);
                    return ExitCodes.BadInput;
                }
                var o = outcome.Value;
                stderr.WriteLine(o.AlreadyImported
                    ? string.Format(Messages.AlreadyImported, MeasurementService.FormatTime(o.ImportedAt), o.ResolutionId)
                    : string.Format(Messages.Imported, o.ResolutionId, $"{o.Organization.FullName} ({o.Organization.Code})", o.Targets, o.Results));
                stdout.WriteLine(o.ResolutionId);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>A report goes through the extractor; an nq-extract/1 file (a checked extraction) is taken as it is.</summary>
    private static Result<ImportRequest> Read(string path, TextWriter stderr)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
        {
            var read = Ingest.Reading.BoundedFile.Read(path);
            if (!read.Success)
                return Result<ImportRequest>.Fail(read.Error);
            var bytes = read.Value;
            return ExtractionJson.Deserialize(System.Text.Encoding.UTF8.GetString(bytes))
                .Map(extraction => new ImportRequest(Path.GetFileName(path), "json", bytes, extraction));
        }
        var ingested = ReportIngest.ExtractFile(path);
        if (!ingested.Success)
            return Result<ImportRequest>.Fail(ingested.Error);
        var r = ingested.Value;
        foreach (var warning in r.Source.Warnings.Concat(r.Extraction.Warnings))
            stderr.WriteLine(warning);
        return Result<ImportRequest>.Ok(new ImportRequest(r.FileName, r.Source.Format, r.OriginalBytes, r.Extraction, r.Source));
    }
}
