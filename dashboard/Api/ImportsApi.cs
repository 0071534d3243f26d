using BelongingInsights.Dashboard.Access;
using BelongingInsights.Etl.Common;
using BelongingInsights.Jobs;
using BelongingInsights.Warehouse.Imports;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Dashboard.Api;

/// <summary><c>POST /api/imports</c> to send a file, <c>GET /api/imports/{id}</c> to follow it.</summary>
public static class ImportsApi
{
    public static void MapImportsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/imports");
        api.MapPost("/", SubmitAsync).DisableAntiforgery().RequireAuthorization(AccessPolicies.Uploader);
        api.MapPost("/preview", PreviewAsync).DisableAntiforgery().RequireAuthorization(AccessPolicies.Uploader);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(AccessPolicies.ImportReader);
        api.MapPost("/{id:guid}/reprocess", ReprocessAsync).DisableAntiforgery().RequireAuthorization(AccessPolicies.Uploader);
        api.MapGet("/{id:guid}/problems", Problems).RequireAuthorization(AccessPolicies.ImportReader);
        api.MapDelete("/{id:guid}", UndoAsync).DisableAntiforgery().RequireAuthorization(AccessPolicies.Uploader);
        api.MapGet("/", List).RequireAuthorization(AccessPolicies.ImportReader);
    }

    /// <summary>
    /// The newest 100 imports the caller may see, narrowed as on the imports page: by kind, status, sender, the school the
    /// sender named, and a period the rows overlap (<c>2024/25 autumn</c>, <c>2024/25</c> or a date range).
    /// </summary>
    private static IResult List(ImportLedger ledger, HttpContext context, string? kind, string? status, Guid? uploadedBy, int? school, string? period)
    {
        string? kindCode = null;
        if (kind is not null)
        {
            if (!ExportKinds.TryParse(kind, out var chosenKind))
                return NotUnderstood(ExportKinds.NotAKind(kind));
            kindCode = ExportKinds.CodeOf(chosenKind);
        }
        if (status is not null && !ImportStatus.All.Contains(status))
            return NotUnderstood($"'status' takes {string.Join(", ", ImportStatus.All)}.");
        ReportPeriod? chosenPeriod = null;
        if (period is not null && (chosenPeriod = ReportPeriod.FromField(period)) is null)
            return NotUnderstood($"'period' takes {ReportPeriod.FieldValues}.");
        var filter = new ImportFilter(kindCode, status, uploadedBy, school, chosenPeriod);
        return Results.Ok(ledger.Recent(100, ImportCallers.Of(context.User), filter).Select(i => ImportResponse.From(i, [])));
    }

    /// <summary>
    /// The file is stored as it arrives (see <see cref="UploadBody"/>); a refused upload leaves nothing behind, and one the
    /// disk has no room for answers 507 saying what to free.
    /// </summary>
    private static async Task<IResult> SubmitAsync(
        HttpRequest httpRequest, ImportSubmission submission, ImportQueue queue, IOptions<ImportsOptions> options, AuditLog audit, CancellationToken cancellationToken)
    {
        try
        {
            submission.EnsureRoomFor(httpRequest.ContentLength);
            using var body = await UploadBody.ReadAsync(httpRequest, submission, options.Value.MaxUploadBytes, cancellationToken);
            return await QueueAsync(httpRequest, body, queue, audit, cancellationToken);
        }
        catch (UploadDiskFullException full)
        {
            return Results.Problem(full.Message, statusCode: StatusCodes.Status507InsufficientStorage, title: "The server's disk is full");
        }
    }

    private static async Task<IResult> QueueAsync(HttpRequest httpRequest, UploadBody body, ImportQueue queue, AuditLog audit, CancellationToken cancellationToken)
    {
        if (body.Refusal is { } refusal)
            return Problem(refusal);
        var file = body.File!;
        if (file.IsEmpty)
            return Problem($"'{file.FileName}' is empty: export the report again and upload the file it saves.");
        var kind = body.Field("kind");
        if (kind is not null && !ExportKinds.TryParse(kind, out _))
            return Problem(ExportKinds.NotAKind(kind));
        int? urn = null;
        if (body.Field("school") is { } school)
        {
            if (!int.TryParse(school, out var parsed) || parsed is < 100000 or > 999999)
                return Problem("'school' takes the school's 6-digit URN.");
            urn = parsed;
        }
        string? surveyWave = null;
        if (body.Field("wave") is { } wave && (surveyWave = SurveyWaves.Normalise(wave)) is null)
            return Problem("'wave' takes baseline, midpoint, endline or a date.");
        ReportPeriod? chosenPeriod = null;
        if (body.Field("period") is { } period && (chosenPeriod = ReportPeriod.FromField(period)) is null)
            return Problem($"'period' takes {ReportPeriod.FieldValues}.");
        var request = new ImportRequest(ImportRequest.Api, ImportCallers.Of(httpRequest.HttpContext.User), kind?.ToLowerInvariant(), urn, Wave: surveyWave,
            Period: chosenPeriod?.FieldText);
        var id = queue.Submit(file, request);
        await audit.RecordAsync(httpRequest.HttpContext.User, AuditActions.Upload, AuditActions.ImportDetail(id, request.Kind), cancellationToken);
        return Results.Accepted($"/api/imports/{id}", new { id, status = ImportStatus.Queued });
    }

    /// <summary>
    /// Describes a file before it is sent from its first bytes (the body; only its first <see cref="ExportHead.HeadBytes"/> are
    /// read): its kind in words, layout, schools, dates and rows. <c>size</c> is the whole file's, to estimate its rows.
    /// </summary>
    private static async Task<IResult> PreviewAsync(
        HttpRequest request, UploadPreviewer previewer, string? fileName, long? size, string? kind, string? period, CancellationToken cancellationToken)
    {
        ReportPeriod? chosenPeriod = null;
        if (!string.IsNullOrWhiteSpace(period) && (chosenPeriod = ReportPeriod.FromField(period)) is null)
            return Problem($"'period' takes {ReportPeriod.FieldValues}.");
        ExportKind? chosen = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!ExportKinds.TryParse(kind, out var parsed))
                return Problem(ExportKinds.NotAKind(kind));
            chosen = parsed;
        }
        var name = Path.GetFileName(fileName ?? "upload.csv");
        return Results.Ok(await previewer.PreviewAsync(request.Body, name, size ?? request.ContentLength ?? 0, chosen, chosenPeriod, cancellationToken));
    }

    /// <summary>An import the caller may not see answers as one that does not exist.</summary>
    private static IResult Get(Guid id, ImportLedger ledger, HttpContext context)
    {
        var caller = ImportCallers.Of(context.User);
        return ledger.Find(id, caller) is { } import
            ? Results.Ok(ImportResponse.From(import, ledger.Problems(import, caller)))
            : Results.NotFound();
    }

    /// <summary>
    /// The import's problems grouped by message, as JSON, or as a formula-safe CSV file with <c>?format=csv</c> or
    /// <c>Accept: text/csv</c>.
    /// </summary>
    private static IResult Problems(Guid id, string? format, ImportLedger ledger, HttpContext context)
    {
        var caller = ImportCallers.Of(context.User);
        if (ledger.Find(id, caller) is not { } import)
            return Results.NotFound();
        var groups = ledger.ProblemGroups(import, caller);
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || context.Request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        if (!csv)
            return Results.Ok(groups);
        var name = $"problems-{Path.GetFileNameWithoutExtension(import.FileName)}.csv";
        return Results.File(System.Text.Encoding.UTF8.GetBytes(ProblemGroup.Csv(groups)), "text/csv; charset=utf-8", name);
    }

    private static async Task<IResult> ReprocessAsync(
        Guid id, ImportLedger ledger, ImportQueue queue, IOptions<ImportsOptions> options, HttpContext context, AuditLog audit, CancellationToken cancellationToken)
    {
        if (ledger.Find(id, ImportCallers.Of(context.User)) is not { } import)
            return Results.NotFound();
        if (!import.CanReprocess)
            return Results.Problem("Only a rejected import, or one with rows held back, can be run again.", statusCode: StatusCodes.Status409Conflict);
        if (import.FileDeleted)
            return Results.Problem(options.Value.FileDeletedMessage, statusCode: StatusCodes.Status410Gone);
        var result = queue.Reprocess(id);
        if (result.ImportId is not { } again)
            return Results.Problem(result.RefusalMessage, statusCode: StatusCodes.Status409Conflict);
        await audit.RecordAsync(context.User, AuditActions.Reprocess, AuditActions.ImportDetail(again, import.DetectedKind ?? import.RequestedKind), cancellationToken);
        return Results.Accepted($"/api/imports/{again}", new { id = again, status = ImportStatus.Queued });
    }

    /// <summary>Undoes an import the caller may see: its rows leave the warehouse and the import it replaced comes back.</summary>
    private static async Task<IResult> UndoAsync(Guid id, ImportLedger ledger, ImportQueue queue, HttpContext context, AuditLog audit, CancellationToken cancellationToken)
    {
        var result = queue.Undo(id, ImportCallers.Of(context.User), cancellationToken);
        switch (result.Outcome)
        {
            case ImportUndoOutcome.NotFound:
                return Results.NotFound();
            case ImportUndoOutcome.Refused:
                return Results.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "The import was not undone");
        }
        var import = ledger.Find(id)!;
        await audit.RecordAsync(context.User, AuditActions.Undo, AuditActions.ImportDetail(id, import.DetectedKind), cancellationToken);
        return Results.Ok(new { id, status = import.Status, message = result.Message });
    }

    private static IResult NotUnderstood(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The filter was not understood");

    private static IResult Problem(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The upload was not accepted");
}
