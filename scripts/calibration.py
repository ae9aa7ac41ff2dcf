#!/usr/bin/env python3
"""Calibration of the extractor's confidence on a folder of texts with gold files.

usage: scripts/calibration.py [DEV_DIR] [-- CMD ...]
  DEV_DIR  folder of NN-*.txt with gold/NN.json (default ../shared/corpus/dev)
  CMD      the extractor (default: dotnet src/NghiQuyet.Cli/bin/Release/net10.0/NghiQuyet.Cli.dll extract)

For every predicted target it records the confidence and whether score.py's one-to-one matching paired it with a gold
target; prints, per confidence band, how many targets and what share is right, and the headline figure: of the targets
with confidence >= 0.8, the share that is right.
"""
import glob, json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
cmd = None
if "--" in args:
    i = args.index("--")
    cmd, args = args[i + 1:], args[:i]
dev = os.path.abspath(args[0]) if args else os.path.join(here, "..", "..", "shared", "corpus", "dev")
cmd = cmd or ["dotnet", os.path.join(here, "..", "src", "NghiQuyet.Cli", "bin", "Release", "net10.0", "NghiQuyet.Cli.dll"), "extract"]
sys.path.insert(0, os.path.join(dev, ".."))
from score import match, num_eq, unit_key  # the scorer's own matching, not a copy

rows = []
for path in sorted(glob.glob(os.path.join(dev, "*.txt"))):
    if os.path.basename(path).startswith("README"):
        continue
    gold_path = os.path.join(dev, "gold", os.path.basename(path)[:2] + ".json")
    run = subprocess.run(cmd + [path, "--format", "json"], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"{os.path.basename(path)}: refused ({run.stderr.strip()})")
        continue
    pred = json.loads(run.stdout).get("targets", [])
    gold = json.load(open(gold_path, encoding="utf-8")).get("targets", [])
    pairs = match(gold, pred, lambda g, p: num_eq(g.get("value"), p.get("value")) and unit_key(g.get("unit")) == unit_key(p.get("unit")))
    right = {id(p) for _, p in pairs}
    rows += [(p.get("confidence"), id(p) in right, p.get("cue")) for p in pred]

bands = [(0.8, 1.01), (0.7, 0.8), (0.5, 0.7), (0.0, 0.5)]
print(f"{'confidence':<12}{'targets':>8}{'right':>8}{'share':>8}")
for lo, hi in bands:
    band = [r for r in rows if r[0] is not None and lo <= r[0] < hi]
    ok = sum(1 for r in band if r[1])
    print(f"{lo:.1f}-{min(hi, 1.0):.1f}".ljust(12) + f"{len(band):>8}{ok:>8}{(ok / len(band) if band else 0):>8.2f}")
sure = [r for r in rows if r[0] is not None and r[0] >= 0.8]
ok = sum(1 for r in sure if r[1])
print(f"calibration: {ok} of {len(sure)} targets with confidence >= 0.8 are right ({(ok / len(sure) if sure else 0):.2%}); "
      f"all targets: {sum(1 for r in rows if r[1])} of {len(rows)} right")
