using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using NghiQuyet.Ingest.Reading;

namespace NghiQuyet.Web.Imports;

public static class ImportLimits
{
    /// <summary>The reader's limit plus room for the form around the file; a larger request is not read at all.</summary>
    public const long MaxRequestBytes = DocumentReader.MaxFileBytes + 1024 * 1024;

    public const long MaxFileMegabytes = DocumentReader.MaxFileBytes / (1024 * 1024);
}

/// <summary>
/// Answers an upload declared larger than <see cref="ImportLimits.MaxRequestBytes"/> with 413 (the Vietnamese status
/// page) before anything reads its body: the anti-forgery check would otherwise read the form first and fail with a
/// misleading 400. The form is marked as read (empty) so the re-executed status page does not read it either.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => -3000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength is not { } length || length <= ImportLimits.MaxRequestBytes)
            return;
        http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }
}
