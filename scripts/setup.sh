#!/usr/bin/env bash
# Installs what NghiQuyet needs on a fresh Debian machine, then restores and builds the solution.
# Idempotent: packages already present are not installed again. Run as root (or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: PostgreSQL for the test suite and production, Tesseract (Vietnamese model) and poppler for
# scanned reports (util-linux's prlimit caps each OCR child's memory and CPU time), Chromium for the browser tests;
# fonts and ImageMagick to typeset and degrade realistic OCR test material (scripts/ocr/typeset_ocr.py); python3 runs
# those scripts and ../shared's score.py, against which a test cross-checks the C# scorer.
PACKAGES=(postgresql tesseract-ocr tesseract-ocr-vie poppler-utils util-linux chromium chromium-driver fonts-dejavu-core
  fonts-liberation2 fonts-freefont-ttf imagemagick python3)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Cài đặt gói Debian: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "Cần .NET SDK 10 (lệnh dotnet) trên máy này." >&2
  exit 1
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Restored for Release: the CLI's Release build is compiled ahead of time for this machine's runtime identifier,
# which a restore without the configuration does not fetch.
dotnet restore NghiQuyet.sln -p:Configuration=Release --verbosity quiet
dotnet build NghiQuyet.sln --no-restore --configuration Release --verbosity quiet -clp:ErrorsOnly
