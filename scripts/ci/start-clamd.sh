#!/usr/bin/env bash
# Starts a private clamd for tests and CI and prints its unix socket path on stdout.
#
# It installs nothing: clamd comes from the Debian package clamav-daemon. It uses no network and
# no freshclam: the signature database is one test signature generated here, which matches the
# EICAR anti-virus test string (ClamAV's official database cannot be downloaded in CI). The
# EICAR string is kept as hex so that scanners on developer machines do not flag this file.
#
#   socket=$(scripts/ci/start-clamd.sh)              # e.g. /tmp/samarkiv-clamd.AbC123/clamd.sock
#   export SAMARKIV_CLAMD_SOCKET="$socket"
#   npm test
#   kill "$(cat "$(dirname "$socket")/clamd.pid")"   # stop it, then remove that folder
#
# Environment: CLAMD (the clamd program; default clamd from PATH or /usr/sbin/clamd),
# CLAMD_START_TIMEOUT (seconds to wait for PONG; default 60).
set -euo pipefail

clamd_bin="${CLAMD:-$(command -v clamd || echo /usr/sbin/clamd)}"
if [ ! -x "$clamd_bin" ]; then
  echo "start-clamd: clamd not found ($clamd_bin): install the Debian package clamav-daemon" >&2
  exit 127
fi
timeout_s="${CLAMD_START_TIMEOUT:-60}"

dir="$(mktemp -d "${TMPDIR:-/tmp}/samarkiv-clamd.XXXXXX")"
mkdir -p "$dir/db" "$dir/tmp"
socket="$dir/clamd.sock"

# EICAR test string (68 bytes, MD5 44d88612fea8a8f36de82e1278abb02f) as hex.
eicar_hex=58354f2150254041505b345c505a58353428505e2937434329377d2445494341522d5354414e444152442d414e544956495255532d544553542d46494c452124482b482a
# Extended signature format: name, target type (0 = any file), offset (* = anywhere), bytes.
echo "Samarkiv-Test-EICAR:0:*:${eicar_hex}" >"$dir/db/samarkiv-test.ndb"

cat >"$dir/clamd.conf" <<EOF
LocalSocket $socket
LocalSocketMode 600
PidFile $dir/clamd.pid
DatabaseDirectory $dir/db
TemporaryDirectory $dir/tmp
LogFile $dir/clamd.log
LogTime yes
Foreground no
SelfCheck 0
Bytecode no
MaxThreads 4
StreamMaxLength 64M
MaxFileSize 64M
MaxScanSize 256M
AlertExceedsMax yes
EOF

if ! "$clamd_bin" --config-file="$dir/clamd.conf" >"$dir/start.log" 2>&1; then
  echo "start-clamd: clamd did not start; its output and log:" >&2
  cat "$dir/start.log" "$dir/clamd.log" >&2 2>/dev/null || true
  exit 1
fi

# Wait until the socket answers PING (node is there in every samarkiv environment; nc may not be).
ping_script='
const socket = require("node:net").createConnection(process.argv[1]);
let reply = "";
socket.on("connect", () => socket.write("zPING\0"));
socket.on("data", (d) => { reply += d; if (reply.includes("\0")) socket.end(); });
socket.on("close", () => process.exit(reply.startsWith("PONG") ? 0 : 1));
socket.on("error", () => process.exit(1));
setTimeout(() => process.exit(1), 2000);
'
deadline=$((SECONDS + timeout_s))
until node -e "$ping_script" "$socket" 2>/dev/null; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "start-clamd: no PONG from $socket within ${timeout_s}s; clamd log:" >&2
    cat "$dir/clamd.log" >&2 2>/dev/null || true
    [ -f "$dir/clamd.pid" ] && kill "$(cat "$dir/clamd.pid")" 2>/dev/null || true
    exit 1
  fi
  sleep 0.2
done

echo "$socket"
