#!/usr/bin/env bash
# Stops a cluster started by start-postgres.sh and removes its folder. Argument: its URL (or port).
set -euo pipefail
port="${1:-54329}"
port="${port##*:}"
port="${port%%/*}"
state="/tmp/samarkiv-pg-$port.dir"
[ -f "$state" ] || exit 0
dir="$(cat "$state")"
pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
run_as=()
[ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
rm -rf "$dir" "$state"
