#!/usr/bin/env bash
# Starts a private MariaDB server for tests and CI and prints its connection URL on stdout.
#
# It installs nothing: MariaDB comes from Debian's mariadb-server package. The server's data lives
# in a fresh temporary folder, it listens on 127.0.0.1 and a unix socket in that folder, root has no
# password (tests only) and it runs as the mysql user.
#
#   url=$(scripts/ci/start-mariadb.sh)       # e.g. mysql://root@127.0.0.1:33069/
#   export SAMARKIV_TEST_MYSQL_URL="$url"
#   npm test
#   scripts/ci/stop-mariadb.sh
#
# Tests create a database of their own for each run, so one server serves all.
# Environment: MARIADB_PORT (default 33069).
set -euo pipefail

port="${MARIADB_PORT:-33069}"
if ! command -v mariadbd >/dev/null && [ ! -x /usr/sbin/mariadbd ]; then
  echo "start-mariadb: mariadbd not found: install the Debian package mariadb-server" >&2
  exit 127
fi
mariadbd_bin="$(command -v mariadbd || echo /usr/sbin/mariadbd)"
dir="$(mktemp -d "${TMPDIR:-/tmp}/samarkiv-mariadb.XXXXXX")"
user="$(id -un)"
if [ "$(id -u)" = 0 ]; then
  user=mysql
  chown mysql:mysql "$dir"
fi

mariadb-install-db --no-defaults --user="$user" --datadir="$dir/data" --auth-root-authentication-method=normal \
  --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; exit 1; }
"$mariadbd_bin" --no-defaults --user="$user" --datadir="$dir/data" --bind-address=127.0.0.1 --port="$port" \
  --socket="$dir/mariadb.sock" --pid-file="$dir/mariadb.pid" --log-error="$dir/error.log" \
  --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=0 >/dev/null 2>&1 &

for _ in $(seq 1 60); do
  if mariadb --no-defaults -uroot --socket="$dir/mariadb.sock" -e 'SELECT 1' >/dev/null 2>&1; then
    echo "$dir" >"/tmp/samarkiv-mariadb-$port.dir"
    echo "mysql://root@127.0.0.1:$port/"
    exit 0
  fi
  sleep 1
done
cat "$dir/error.log" >&2
exit 1
