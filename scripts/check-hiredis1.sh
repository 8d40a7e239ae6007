#!/usr/bin/env bash
# Builds QtRedis and runs its suites against hiredis 1.x. Debian 12 ships only
# hiredis 0.14.1, so the 1.x sources come from the npm registry, where the
# package redis-fast-driver bundles hiredis 1.2.0. Nothing of it is kept in
# the repository. Skips (exit 0, with a message) when npm cannot fetch it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${QTREDIS_HIREDIS1_DIR:-/tmp/qtredis-hiredis1}
package=redis-fast-driver@2.2.6

if ! command -v npm >/dev/null 2>&1; then
    echo "SKIPPED hiredis 1.x check: npm is not installed"
    exit 0
fi
mkdir -p "$work"
cd "$work"
if [ ! -d package/deps/hiredis ]; then
    if ! tarball=$(npm pack --silent "$package" 2>/dev/null); then
        echo "SKIPPED hiredis 1.x check: npm could not fetch $package"
        exit 0
    fi
    tar xzf "$tarball"
fi
grep -E 'define HIREDIS_(MAJOR|MINOR|PATCH)' package/deps/hiredis/hiredis.h

cmake -S package/deps/hiredis -B hiredis-build -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$work/prefix" -DDISABLE_TESTS=ON >/dev/null
cmake --build hiredis-build >/dev/null
cmake --install hiredis-build >/dev/null
libdir=$(dirname "$(find "$work/prefix" -name 'libhiredis.so' | head -n 1)")

build="$here/build-hiredis1"
PKG_CONFIG_PATH="$libdir/pkgconfig" cmake -S "$here" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug -DQTREDIS_WERROR=ON \
    -DQTREDIS_BUILD_EXAMPLES=OFF -DQTREDIS_BUILD_BENCHMARKS=OFF -DQTREDIS_BUILD_QML=OFF >/dev/null
cmake --build "$build" -j "$(nproc)"
cd "$build"
LD_LIBRARY_PATH="$libdir" QT_QPA_PLATFORM=offscreen QTREDIS_BIG_KEYS=200000 ctest --output-on-failure -E '^install$' -j "$(nproc)"
