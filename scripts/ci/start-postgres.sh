#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for tests and CI and prints its connection URL on stdout.
#
# It installs nothing: PostgreSQL comes from Debian's postgresql package. The cluster lives in a
# fresh temporary folder, listens on 127.0.0.1 and a unix socket in that folder, trusts local
# connections (tests only) and runs as the postgres user (PostgreSQL refuses to run as root).
#
#   url=$(scripts/ci/start-postgres.sh)      # e.g. postgres://postgres@127.0.0.1:54329/postgres
#   export SAMARKIV_TEST_PG_URL="$url"
#   npm test
#   scripts/ci/stop-postgres.sh "$url"
#
# Tests create a database of their own for each run (CREATE DATABASE), so one cluster serves all.
# Environment: PG_PORT (default 54329), PG_BIN (default: the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "start-postgres: initdb not found: install the Debian package postgresql" >&2
  exit 127
fi
port="${PG_PORT:-54329}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/samarkiv-pg.XXXXXX")"
run_as=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$dir"
  run_as=(runuser -u postgres --)
fi

"${run_as[@]}" "$pg_bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$dir/postgres.log" >&2; exit 1; }
echo "$dir" >"/tmp/samarkiv-pg-$port.dir"
echo "postgres://postgres@127.0.0.1:$port/postgres"
