#!/usr/bin/env bash
# Installs the build into a temporary prefix, then builds a separate project
# against it twice: with find_package(QtRedis) and with pkg-config.
#   run.sh <build dir> <source dir of this test>
set -euo pipefail
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
libdir=$(dirname "$(find "$tmp/prefix" -name 'libQt6Redis.so' | head -n 1)")

cmake -S "$src/consumer" -B "$tmp/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
LD_LIBRARY_PATH="$libdir" "$tmp/consumer/consumer"

export PKG_CONFIG_PATH="$libdir/pkgconfig"
# shellcheck disable=SC2046
c++ -std=c++17 -fPIC "$src/consumer/main.cpp" -o "$tmp/pc-consumer" $(pkg-config --cflags --libs qtredis)
LD_LIBRARY_PATH="$libdir" "$tmp/pc-consumer"
echo "install test: find_package and pkg-config consumers both work"
