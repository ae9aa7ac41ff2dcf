#!/usr/bin/env bash
# Issue 6's speed goal, measured against a running server: the province dashboard /Dashboard/14 with 75 units ×
# 40 targets × 6 years of approved figures (plus the province's own resolution), Release build, signed in as the
# province officer, warmed up, then timed with ApacheBench (apache2-utils; installed here when missing).
#
# usage: bench/web-dashboard.sh                 # SQLite in a throw-away folder
#        bench/web-dashboard.sh --pg            # PostgreSQL from scripts/pg.sh (a fresh database each run)
#        bench/web-dashboard.sh [--pg] --ocr    # then again while hostile scans are being read (issue 12, defect 1)
# env:   N=300 (timed requests)  C=1 (concurrency)  WARMUP=60  PORT=5199  SCANS=3 (80-page scans uploaded by --ocr; a
#        user may have Ocr:MaxJobsPerUser = 2 waiting or being read, so the third is refused, as it should be)
# Prints the page weight (HTML + CSS, no images), ab's latency percentiles, and one summary line (two with --ocr: the
# second measured while the server reads the probe's scans — a 5000 × 5000 pt page, 200 blank pages, and SCANS blank
# scans of the 80 pages the limits allow, as many read at once as there are cores — with each job's state after it).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-300}"; C="${C:-1}"; WARMUP="${WARMUP:-60}"; PORT="${PORT:-5199}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/nq-bench-XXXXXX")"

OCR=0
for arg in "$@"; do [ "$arg" = "--ocr" ] && OCR=1; done
SCANS="${SCANS:-3}"
if [ "${1:-}" = "--pg" ]; then
  PG="$(scripts/pg.sh start)"
  DBNAME="nq_bench_$$"
  DB="${PG/Database=postgres/Database=$DBNAME}"
  KIND="PostgreSQL"
else
  DB="$WORK/bench.db"
  KIND="SQLite"
fi

command -v ab >/dev/null || { apt-get install -y apache2-utils >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y apache2-utils >/dev/null; }; }

dotnet build src/NghiQuyet.Web -c Release -v q -nologo >/dev/null
DLL=src/NghiQuyet.Web/bin/Release/net10.0/NghiQuyet.Web.dll

echo "Seeding and starting ($KIND): $DB"
dotnet "$DLL" --contentRoot "$PWD/src/NghiQuyet.Web" --db "$DB" --demo-scale full --urls "$BASE" >"$WORK/server.log" 2>&1 &
SERVER=$!
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
started=$(date +%s)
until grep -q "Application started" "$WORK/server.log"; do
  if ! kill -0 "$SERVER" 2>/dev/null || [ $(( $(date +%s) - started )) -gt 600 ]; then
    echo "server did not start:" >&2; cat "$WORK/server.log" >&2; exit 1
  fi
  sleep 1
done
echo "Seeded and started in $(( $(date +%s) - started )) s"

JAR="$WORK/cookies"
token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
  --data-urlencode "UserName=tinh.sonla" --data-urlencode "Password=NghiQuyet@2026" \
  --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login")
[ "$code" = 302 ] || { echo "sign-in failed ($code)" >&2; exit 1; }
COOKIE=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$JAR")

URL="$BASE/Dashboard/14"
html=$(curl -s -o "$WORK/page.html" -w '%{http_code} %{size_download}' -H "Cookie: $COOKIE" "$URL")
[ "${html%% *}" = 200 ] || { echo "dashboard answered ${html%% *}" >&2; exit 1; }
units=$(grep -o '<th scope="row"><a href="/Units/' "$WORK/page.html" | wc -l)
css=0
for href in $(grep -o 'href="/css/[^"]*"' "$WORK/page.html" | sed 's/href="//;s/"$//'); do
  css=$(( css + $(curl -s -o /dev/null -w '%{size_download}' "$BASE$href") ))
done
bytes=${html#* }
echo "Page weight: HTML $bytes B + CSS $css B = $(( bytes + css )) B (no images, no script); $units unit rows"
# The other pages at this scale: the first unit of the matrix, its figures page, its first target.
unit=$(grep -o '<th scope="row"><a href="/Units/[0-9]*"' "$WORK/page.html" | head -n 1 | grep -o '/Units/[0-9]*')
curl -s -o "$WORK/unit.html" -H "Cookie: $COOKIE" "$BASE$unit"
target=$(grep -o 'href="/Targets/[0-9a-f-]*"' "$WORK/unit.html" | head -n 1 | sed 's/href="//;s/"$//')
for page in "$unit" "$unit/Figures/2025" "$target"; do
  echo "Page weight $page: $(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H "Cookie: $COOKIE" "$BASE$page" | sed 's/^\([0-9]*\) \([0-9]*\)/HTTP \1, HTML \2 B/') + CSS $css B"
done

echo "Warm-up: $WARMUP requests"
ab -q -l -n "$WARMUP" -c 1 -H "Cookie: $COOKIE" "$URL" >/dev/null
echo "Timed: $N requests, concurrency $C (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
ab -l -n "$N" -c "$C" -H "Cookie: $COOKIE" "$URL" >"$WORK/ab.txt"
grep -E "Complete requests|Failed requests|Non-2xx|Requests per second|Time per request.*\(mean\)" "$WORK/ab.txt" || true
sed -n '/Percentage of the requests/,$p' "$WORK/ab.txt"
p() { awk -v q="$1%" '$1 == q { print $2 }' "$WORK/ab.txt"; }
echo "SUMMARY $KIND /Dashboard/14 n=$N c=$C: median $(p 50) ms, p95 $(p 95) ms, p99 $(p 99) ms; page $(( bytes + css )) B; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -q "Non-2xx" "$WORK/ab.txt"; then echo "some requests did not answer 200" >&2; exit 1; fi
[ "$OCR" = 1 ] || exit 0

# A PDF of blank pages with no text layer, a few hundred bytes (the probe's files): blank_pdf PAGES WIDTH HEIGHT FILE.
blank_pdf() {
  local pages=$1 w=$2 h=$3 out=$4 body="%PDF-1.4"$'\n' kids="" i offsets=()
  for ((i = 0; i < pages; i++)); do kids+="$((3 + i)) 0 R "; done
  local objs=("<< /Type /Catalog /Pages 2 0 R >>" "<< /Type /Pages /Kids [${kids% }] /Count $pages >>")
  for ((i = 0; i < pages; i++)); do objs+=("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 $w $h] >>"); done
  for ((i = 0; i < ${#objs[@]}; i++)); do offsets+=("${#body}"); body+="$((i + 1)) 0 obj"$'\n'"${objs[i]}"$'\n'"endobj"$'\n'; done
  local xref=${#body}
  body+="xref"$'\n'"0 $(( ${#objs[@]} + 1 ))"$'\n'"0000000000 65535 f "$'\n'
  for o in "${offsets[@]}"; do body+="$(printf '%010d' "$o") 00000 n "$'\n'; done
  body+="trailer"$'\n'"<< /Size $(( ${#objs[@]} + 1 )) /Root 1 0 R >>"$'\n'"startxref"$'\n'"$xref"$'\n'"%%EOF"$'\n'
  printf '%s' "$body" >"$out"
}
upload() {
  local tok
  tok=$(curl -s -H "Cookie: $COOKIE" "$BASE/Imports" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $COOKIE" -F "__RequestVerificationToken=$tok" -F "Upload=@$1;type=application/pdf" "$BASE/Imports"
}
blank_pdf 1 5000 5000 "$WORK/trang-lon.pdf"
blank_pdf 200 595 842 "$WORK/200-trang.pdf"
JOBS=()
for f in trang-lon 200-trang; do JOBS+=("$(upload "$WORK/$f.pdf")"); done
# Different widths: different bytes, so that the duplicate check does not stop the copies.
for ((s = 0; s < SCANS; s++)); do blank_pdf 80 $((595 + s)) 842 "$WORK/80-trang-$s.pdf"; JOBS+=("$(upload "$WORK/80-trang-$s.pdf")"); done
echo "Uploaded $(ls "$WORK"/*.pdf | wc -l) hostile scans ($(stat -c %s "$WORK/trang-lon.pdf") B, $(stat -c %s "$WORK/200-trang.pdf") B, ${SCANS} × $(stat -c %s "$WORK/80-trang-0.pdf") B): ${JOBS[*]}"
job_state() { curl -s -H "Cookie: $COOKIE" "$1" | tr -d '\n' | grep -o 'id="job-message">[^<]*' | sed 's/.*>//'; }
until job_state "${JOBS[2]}" | grep -q "trang [0-9]*/80"; do sleep 1; done
echo "Timed during OCR: $N requests, concurrency $C (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
ab -l -n "$N" -c "$C" -H "Cookie: $COOKIE" "$URL" >"$WORK/ab-ocr.txt"
cp "$WORK/ab-ocr.txt" "$WORK/ab.txt"
sed -n '/Percentage of the requests/,$p' "$WORK/ab.txt"
echo "SUMMARY $KIND /Dashboard/14 during OCR n=$N c=$C: median $(p 50) ms, p95 $(p 95) ms, p99 $(p 99) ms; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for j in "${JOBS[@]}"; do
  if [ -n "$j" ]; then echo "  job $j: $(job_state "$j")"; else echo "  (an upload refused: the user's cap of scans waiting or being read)"; fi
done
if grep -q "Non-2xx" "$WORK/ab.txt"; then echo "some requests did not answer 200 during OCR" >&2; exit 1; fi
