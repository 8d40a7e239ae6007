#!/usr/bin/env bash
# Configures and builds QtRedis into a build directory.
#   scripts/build.sh [--sanitize] [--release] [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
sanitize=OFF
type=Debug
dir=""
for arg in "$@"; do
    case "$arg" in
        --sanitize) sanitize=ON ;;
        --release) type=Release ;;
        *) dir="$arg" ;;
    esac
done
if [ -z "$dir" ]; then
    dir="$here/build"
    [ "$sanitize" = ON ] && dir="$here/build-sanitize"
    [ "$type" != Debug ] && [ "$sanitize" = OFF ] && dir="$here/build-release"
fi
cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
    -DQTREDIS_WERROR=ON -DQTREDIS_SANITIZE="$sanitize" >/dev/null
cmake --build "$dir" -j "$(nproc)"
echo "$dir"
