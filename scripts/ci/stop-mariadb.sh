#!/usr/bin/env bash
# Stops the MariaDB server scripts/ci/start-mariadb.sh started and removes its folder.
#   scripts/ci/stop-mariadb.sh            (MARIADB_PORT, default 33069)
set -euo pipefail
port="${MARIADB_PORT:-33069}"
marker="/tmp/samarkiv-mariadb-$port.dir"
[ -f "$marker" ] || exit 0
dir="$(cat "$marker")"
if [ -f "$dir/mariadb.pid" ]; then
  pid="$(cat "$dir/mariadb.pid")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
fi
rm -rf "$dir" "$marker"
