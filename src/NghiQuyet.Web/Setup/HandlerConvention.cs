using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NghiQuyet.Web.Setup;

/// <summary>
/// A request for a page handler the page does not have is a 404, on every page (issue 12, defect 9). Razor Pages would
/// otherwise render the page without running any handler (a POST to a page without an unnamed OnPost, or
/// <c>?handler=Nonexistent</c> on GET), and the page then failed on what its handler should have loaded: 500. It also
/// ran the unnamed handler for an unknown name (<c>POST /Account/Logout?handler=x</c> signed out). Pages re-executed
/// for an error or a status code (the status page, with the original method and query) are left alone.
/// </summary>
public sealed class HandlerConvention : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
            return;
        var requested = context.RouteData.Values.TryGetValue("handler", out var routeValue) && routeValue is string r && r.Length > 0 ? r
            : http.Request.Query.TryGetValue("handler", out var query) && query.Count > 0 && !string.IsNullOrEmpty(query[0]) ? query[0]
            : null;
        var handler = context.HandlerMethod;
        var unknown = handler is null
            ? requested is not null || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            : requested is not null && !string.Equals(handler.Name, requested, StringComparison.OrdinalIgnoreCase);
        if (unknown)
            context.Result = new NotFoundResult();
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
