#!/usr/bin/env bash
# Builds the libFuzzer target tests/fuzz (hiredis's reader + RedisValue) with
# clang, ASan, UBSan and LeakSanitizer into build-fuzz/, replays every input in
# tests/fuzz/regressions/, then fuzzes a copy of the seed corpus.
#   scripts/fuzz.sh [SECONDS]     # fuzzing time, default 60
# Exits non-zero on any crash, leak, undefined behaviour or timeout; the
# offending input is left in build-fuzz/artifacts/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
case "$seconds" in
    ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

# --- dependencies: the project's own, plus clang and its runtimes -----------
"$here/scripts/setup-deps.sh" clang libclang-rt-14-dev
cxx=$(command -v clang++ || command -v clang++-14)

# --- build ---------------------------------------------------------------------
build="$here/build-fuzz"
cmake -S "$here/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build"
fuzzer="$build/fuzz_reply"
artifacts="$build/artifacts"
mkdir -p "$artifacts"

# quarantine_size_mb=64: a smaller use-after-free window (ample for one input)
# keeps RSS and speed in check. malloc_context_size=2: Debian's Qt and hiredis
# have no frame pointers, so deeper allocation stacks are partly junk, every one
# "unique", and ASan's stack store grows until -rss_limit_mb trips. A crash
# report's own stack is complete; for full allocation stacks replay the input:
#   ASAN_OPTIONS=fast_unwind_on_malloc=0 build-fuzz/fuzz_reply build-fuzz/artifacts/crash-...
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:quarantine_size_mb=64:malloc_context_size=2}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions="$here/tests/lsan.supp"
common=(-max_len=65536 -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$artifacts/")

# --- regression inputs: each runs once -----------------------------------------
regressions=()
while IFS= read -r -d '' f; do
    regressions+=("$f")
done < <(find "$here/tests/fuzz/regressions" -type f ! -name 'README*' -print0 | sort -z)
if [ ${#regressions[@]} -gt 0 ]; then
    echo "== fuzz: replaying ${#regressions[@]} regression input(s)"
    if ! "$fuzzer" "${common[@]}" "${regressions[@]}" >"$build/regressions.log" 2>&1; then
        cat "$build/regressions.log"
        echo "fuzz: FAILED on a regression input (log above)" >&2
        exit 1
    fi
fi

# --- fuzzing a copy of the seed corpus -------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$here/tests/fuzz/corpus" "$work/corpus"
log="$build/fuzz.log"
echo "== fuzz: ${seconds} s on $(find "$work/corpus" -type f | wc -l) seed inputs (log: $log)"
start=$(date +%s)
status=0
"$fuzzer" "${common[@]}" -max_total_time="$seconds" -print_final_stats=1 \
    -dict="$here/tests/fuzz/resp.dict" "$work/corpus" >"$log" 2>&1 || status=$?
elapsed=$(( $(date +%s) - start ))

if [ "$status" -ne 0 ]; then
    tail -n 80 "$log"
    echo "fuzz: FAILED (exit $status) after ${elapsed} s; input saved in $artifacts/ (log: $log)" >&2
    exit 1
fi
done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
[ -n "$done_line" ] && echo "$done_line"
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
corpus=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$done_line")
[ -n "$corpus" ] || corpus=$(find "$work/corpus" -type f | wc -l)
echo "fuzz: ${runs:-?} runs in ${elapsed} s, corpus ${corpus} inputs, no crash"
