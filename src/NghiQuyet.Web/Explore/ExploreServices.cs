using NghiQuyet.Web.Explore;

namespace NghiQuyet.Web.Setup;

public static class ExploreServices
{
    /// <summary>Search, compare and export (issue 6): one line in Setup/Services.cs.</summary>
    public static IServiceCollection AddExplore(this IServiceCollection services)
    {
        services.AddScoped<SearchService>();
        services.AddScoped<CompareService>();
        return services;
    }
}
