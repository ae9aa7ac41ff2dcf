using NghiQuyet.Web.Setup;

// Accounts are made by `nghiquyet user add` (src/NghiQuyet.Cli); say so rather than start a server on these arguments.
if (args is ["user", ..])
{
    Console.Error.WriteLine(NghiQuyet.Core.Messages.WebUserCommandMoved);
    return 2;
}

var builder = WebApplication.CreateBuilder(args);
// NGHIQUYET_DB=… works like --db …; the command line still wins.
builder.Configuration.AddEnvironmentVariables("NGHIQUYET_");
builder.Configuration.AddCommandLine(args);
builder.Services.AddNghiQuyet();
builder.Services.AddWebHardening();

var app = builder.Build();
if (!await app.PrepareDatabaseAsync())
    return 2;
if (!app.UseWebHardening())
    return 2;
app.UseNghiQuyet();
app.MapStoreHealth();
await app.RunAsync();
return 0;

public partial class Program;
