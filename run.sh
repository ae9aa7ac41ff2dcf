#!/usr/bin/env bash
# The main job on a fresh machine: set up, then start the web application on SQLite with the demo data (Sơn La, its
# 75 communes and wards, demo resolutions, figures 2020–2025) and print the demo accounts. Extra arguments go to the
# app: ./run.sh --urls http://0.0.0.0:8080    ./run.sh --db "Host=…;Database=…"
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec dotnet run --project src/NghiQuyet.Web --configuration Release --no-build -- "$@"
