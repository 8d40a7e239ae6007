#!/usr/bin/env bash
# Sets up (Debian packages), builds and runs every QtRedis test suite.
#   scripts/test.sh              # -Wall -Wextra -Werror build, all suites
#   scripts/test.sh --sanitize   # the same suites built with ASan + UBSan
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup-deps.sh"
dir=$("$here/scripts/build.sh" "$@" | tail -n 1)

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions="$here/tests/lsan.supp"
# The keys model's big-keyspace test loads 1,000,000 keys; 200,000 under the
# sanitizers (same code paths, a third of the time and memory).
case " $* " in *" --sanitize "*) export QTREDIS_BIG_KEYS="${QTREDIS_BIG_KEYS:-200000}" ;; esac
cd "$dir"
ctest --output-on-failure --timeout 900 -j 1
