using BenchmarkDotNet.Running;
using NghiQuyet.Bench;

// `--loop extract FILE N`: extract FILE N times in this process and print the mean, for a profiler to attach to
// (dotnet-trace collect -- dotnet NghiQuyet.Bench.dll --loop extract FILE 50); BenchmarkDotNet for everything else.
if (args.Length == 4 && args[0] == "--loop")
    return ProfileLoop.Run(args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
