#!/usr/bin/env bash
# Sets up, builds and runs the QtRedis browser (examples/browser).
#   scripts/demo.sh                    # a private redis-server, seeded with sample data
#   scripts/demo.sh --url URL          # a real server instead (redis://... or unix://...)
#   scripts/demo.sh --screenshot FILE  # render the window into FILE and exit
#   scripts/demo.sh --lang de          # the interface language (en, de, zh_CN)
# Without a display (no DISPLAY or WAYLAND_DISPLAY) the browser runs offscreen
# and saves a screenshot instead of opening a window; the path is printed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
url=""
screenshot=""
lang=""
usage() {
    echo "usage: $0 [--url redis://host:port/db] [--screenshot FILE] [--lang en|de|zh_CN]" >&2
    exit 2
}
while [ $# -gt 0 ]; do
    case "$1" in
        --url) [ $# -ge 2 ] || usage; url="$2"; shift 2 ;;
        --url=*) url="${1#--url=}"; shift ;;
        --screenshot) [ $# -ge 2 ] || usage; screenshot="$2"; shift 2 ;;
        --screenshot=*) screenshot="${1#--screenshot=}"; shift ;;
        --lang) [ $# -ge 2 ] || usage; lang="$2"; shift 2 ;;
        --lang=*) lang="${1#--lang=}"; shift ;;
        *) usage ;;
    esac
done

"$here/scripts/setup-deps.sh"
dir=$("$here/scripts/build.sh" | tail -n 1)
browser="$dir/examples/browser/qtredis-browser"
if [ ! -x "$browser" ]; then
    echo "$browser was not built (is QTREDIS_BUILD_QML on?)" >&2
    exit 1
fi

args=()
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
    # Open on a hash of the sample data (a real server shows its first key).
    args+=(--key "user:1000")
fi
args+=(--url "$url")
[ -n "$lang" ] && args+=(--lang "$lang")

if [ -z "$screenshot" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    "$browser" "${args[@]}"
else
    if [ -z "$screenshot" ]; then
        screenshot="$dir/qtredis-browser-demo.png"
        echo "No display: running the browser offscreen and saving a screenshot."
    fi
    QT_QPA_PLATFORM=offscreen "$browser" "${args[@]}" --screenshot "$screenshot" --size 1280x800
    echo "Screenshot: $(cd "$(dirname "$screenshot")" && pwd)/$(basename "$screenshot")"
fi
