#!/usr/bin/env bash
# `npm test`: every test, with the services they need. A service named by its environment variable
# is used as it is (CI starts them once in .ci/run); a missing one is started here for this run
# and stopped at the end: PostgreSQL (SAMARKIV_TEST_PG_URL), MariaDB (SAMARKIV_TEST_MYSQL_URL) and
# clamd (SAMARKIV_CLAMD_SOCKET). They come from Debian packages (postgresql, mariadb-server,
# clamav-daemon; .ci/run installs them). Arguments are passed to node's test runner.
set -euo pipefail
cd "$(dirname "$0")/.."

stops=()
cleanup() {
  for cmd in "${stops[@]}"; do eval "$cmd" || true; done
}
trap cleanup EXIT

# Ports away from the CI defaults, so that a developer's own clusters keep theirs.
if [ -z "${SAMARKIV_TEST_PG_URL:-}" ]; then
  export PG_PORT=$((55000 + RANDOM % 1000))
  SAMARKIV_TEST_PG_URL="$(bash scripts/ci/start-postgres.sh)"
  export SAMARKIV_TEST_PG_URL
  stops+=("bash scripts/ci/stop-postgres.sh '$SAMARKIV_TEST_PG_URL'")
fi
if [ -z "${SAMARKIV_TEST_MYSQL_URL:-}" ] && [ -f scripts/ci/start-mariadb.sh ]; then
  export MARIADB_PORT=$((34000 + RANDOM % 1000))
  SAMARKIV_TEST_MYSQL_URL="$(bash scripts/ci/start-mariadb.sh)"
  export SAMARKIV_TEST_MYSQL_URL
  stops+=("MARIADB_PORT=$MARIADB_PORT bash scripts/ci/stop-mariadb.sh")
fi
if [ -z "${SAMARKIV_CLAMD_SOCKET:-}" ]; then
  SAMARKIV_CLAMD_SOCKET="$(bash scripts/ci/start-clamd.sh)"
  export SAMARKIV_CLAMD_SOCKET
  stops+=("kill \"\$(cat '$(dirname "$SAMARKIV_CLAMD_SOCKET")/clamd.pid')\"")
fi

# shellcheck disable=SC2046 # one argument per test file
node --import tsx --test --test-concurrency=2 "$@" $(find test src -name '*.test.ts' | sort)
