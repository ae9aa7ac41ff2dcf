#!/usr/bin/env bash
# The test command: set up a fresh machine (Debian packages, restore, build), start a throw-away PostgreSQL, run every
# test project, stop PostgreSQL, and print one closing line "N passed, N failed, N skipped". Under CI=true a skipped
# test fails the run: on CI every tool is installed, so a skip means a broken setup, not a green test.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
export NGHIQUYET_TEST_PG="$(scripts/pg.sh start)"
trap 'scripts/pg.sh stop' EXIT
export NGHIQUYET_SHARED="${NGHIQUYET_SHARED:-$(cd .. && pwd)/shared}"

log="$(mktemp)"
status=0
# The minimal console logger names each skipped test ("  Skipped Namespace.Class.Method [1 ms]").
dotnet test NghiQuyet.sln --no-build --configuration Release --verbosity quiet --logger "console;verbosity=minimal" 2>&1 \
  | tee "$log" || status=$?
# Each test assembly prints "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12" (or "Failed!  - …", or
# "Skipped! - …" where every test it ran was skipped).
passed=$(grep -E '^(Passed|Failed|Skipped)!' "$log" | grep -oE 'Passed: +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E '^(Passed|Failed|Skipped)!' "$log" | grep -oE 'Failed: +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
skipped=$(grep -E '^(Passed|Failed|Skipped)!' "$log" | grep -oE 'Skipped: +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
skipped_names=$(grep -E '^ +Skipped ' "$log" | sed -E 's/^ +Skipped +//; s/ \[[^]]*\]$//' || true)
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "${CI:-}" = "true" ] && [ "$skipped" -gt 0 ]; then
  echo "CI=true: $skipped skipped test(s) fail the run (a skip on CI means a missing tool or service):" >&2
  printf '%s\n' "$skipped_names" | sed 's/^/  /' >&2
  exit 1
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
