#!/usr/bin/env bash
# Sets up, builds and runs the QtRedis demo.
#   scripts/demo.sh              # a private redis-server, seeded with sample data
#   scripts/demo.sh --url URL    # a real server instead (redis://... or unix://...)
# Without a display the console runs offscreen and prints a scripted session.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
url=""
while [ $# -gt 0 ]; do
    case "$1" in
        --url) url="$2"; shift 2 ;;
        --url=*) url="${1#--url=}"; shift ;;
        *) echo "usage: $0 [--url redis://host:port/db]" >&2; exit 2 ;;
    esac
done

"$here/scripts/setup-deps.sh"
dir=$("$here/scripts/build.sh" | tail -n 1)
console="$dir/examples/widgets-console/qtredis-console"

if [ -z "$url" ]; then
    tmp=$(mktemp -d /tmp/qtredis-demo.XXXXXX)
    sock="$tmp/redis.sock"
    # TCP off: the private server is reachable only through its socket file.
    redis-server --port 0 --unixsocket "$sock" --unixsocketperm 700 --save '' \
        --appendonly no --dir "$tmp" --daemonize yes --pidfile "$tmp/redis.pid" \
        --logfile "$tmp/redis.log"
    trap 'kill "$(cat "$tmp/redis.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$tmp"' EXIT
    for _ in $(seq 1 100); do
        redis-cli -s "$sock" PING >/dev/null 2>&1 && break
        sleep 0.1
    done
    "$here/scripts/seed-sample-data.sh" -s "$sock"
    url="unix://$sock"
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    "$console" --url "$url"
else
    echo "No display: running the console offscreen with a scripted session."
    QT_QPA_PLATFORM=offscreen "$console" --url "$url" \
        --exec 'PING' --exec 'GET greeting' --exec 'GET "binary:nul\x00key"' \
        --exec 'HGETALL user:1000' --exec 'LRANGE queue:jobs 0 -1' \
        --exec 'ZRANGE leaderboard 0 -1 WITHSCORES' --exec 'XRANGE events:sensor - + COUNT 2' \
        --exec 'DBSIZE' --quit-after-exec
fi
