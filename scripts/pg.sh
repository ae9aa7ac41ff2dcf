#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL cluster on 127.0.0.1 for the tests, from Debian's postgresql binaries.
# usage: scripts/pg.sh start   -> prints the connection string on stdout
#        scripts/pg.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${NGHIQUYET_PG_PORT:-55432}"
# Outside the checkout: CI clones into folders the postgres user may not be allowed to enter.
DIR="${TMPDIR:-/tmp}/nghiquyet-pg-$PORT"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$BIN" ] || { echo "Chưa cài PostgreSQL (gói Debian postgresql): chạy scripts/setup.sh" >&2; exit 1; }
# initdb refuses to run as root: run the cluster as the unprivileged 'postgres' user when we are root.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -f "$DIR/data/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      :
    else
      rm -rf "$DIR"; mkdir -p "$DIR"; chmod 755 "$DIR"
      [ "$(id -u)" -ne 0 ] || chown postgres "$DIR"
      as_pg "$BIN/initdb" -D "$DIR/data" -U nghiquyet --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
        -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$PORT;Username=nghiquyet;Database=postgres"
    ;;
  stop)
    [ -d "$DIR/data" ] && as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
