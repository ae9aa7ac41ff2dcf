#!/usr/bin/env bash
# The test command: set up a fresh machine (Debian packages, restore, build), start a throw-away PostgreSQL, run every
# test project, stop PostgreSQL, and print one closing line "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
export NGHIQUYET_TEST_PG="$(scripts/pg.sh start)"
trap 'scripts/pg.sh stop' EXIT
export NGHIQUYET_SHARED="${NGHIQUYET_SHARED:-$(cd .. && pwd)/shared}"

log="$(mktemp)"
status=0
dotnet test NghiQuyet.sln --no-build --configuration Release --verbosity quiet 2>&1 | tee "$log" || status=$?
# Each test assembly prints "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12" (or "Failed!  - …").
passed=$(grep -E '^(Passed|Failed)!' "$log" | grep -oE 'Passed: +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E '^(Passed|Failed)!' "$log" | grep -oE 'Failed: +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
skipped=$(grep -E '^(Passed|Failed)!' "$log" | grep -oE 'Skipped: +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
