using NghiQuyet.Web.Setup;

if (UserCommand.IsUserCommand(args))
    return await UserCommand.RunAsync(args, Console.In, Environment.GetEnvironmentVariable, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
// NGHIQUYET_DB=… works like --db …; the command line still wins.
builder.Configuration.AddEnvironmentVariables("NGHIQUYET_");
builder.Configuration.AddCommandLine(args);
builder.Services.AddNghiQuyet();

var app = builder.Build();
if (!await app.PrepareDatabaseAsync())
    return 2;
app.UseNghiQuyet();
await app.RunAsync();
return 0;

public partial class Program;
