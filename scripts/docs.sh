#!/usr/bin/env bash
# Builds the API reference with qdoc into <build>/docs/html and checks it
# (docs/CMakeLists.txt says what fails it).
#   scripts/docs.sh [--check report|comments|complete] [BUILD_DIR]
# Needs only a configured build tree, not a built library.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir="$here/build"
check=""
while [ $# -gt 0 ]; do
    case "$1" in
        --check) check="$2"; shift ;;
        *) dir="$1" ;;
    esac
    shift
done
"$here/scripts/setup-deps.sh"
args=()
[ -n "$check" ] && args+=("-DQTREDIS_DOCS_CHECK=$check")
if [ ! -f "$dir/CMakeCache.txt" ] || [ ${#args[@]} -gt 0 ]; then
    cmake -S "$here" -B "$dir" -G Ninja "${args[@]}" >/dev/null
fi
cmake --build "$dir" --target docs
echo "$dir/docs/html/index.html"
