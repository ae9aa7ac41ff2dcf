#!/usr/bin/env bash
# The main job on a fresh machine: set up, then read the sample report into its targets and previous-term results.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec dotnet run --project src/NghiQuyet.Cli --configuration Release --no-build -- extract samples/bao-cao-mau.txt "$@"
