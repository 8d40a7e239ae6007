#!/usr/bin/env bash
# Turns the medians qtredis-bench --sweep --sweep-csv FILE wrote into PNG
# charts with gnuplot (Debian: gnuplot-nox), headless:
#   scripts/bench-charts.sh sweep.csv [output-directory]
# writes bench-sweep-size.png (MB/s and ops/s against the value size) and
# bench-sweep-inflight.png (ops/s against the commands in flight) for
# (a) hiredis+libevent, (b) RedisClient and (r) redis-benchmark.
set -euo pipefail
csv=${1:?usage: $0 sweep.csv [output-directory]}
outdir=${2:-$(cd "$(dirname "$0")/.." && pwd)/docs/images}
if ! command -v gnuplot >/dev/null 2>&1; then
    "$(dirname "$0")/setup-deps.sh" gnuplot-nox
fi
mkdir -p "$outdir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One whitespace-separated table per sweep: bytes in_flight a b r.
awk -F, 'NR > 1 && $1 == "size" { print $2, $3, $5, $6, $7 }' "$csv" > "$work/size.dat"
awk -F, 'NR > 1 && $1 == "inflight" { print $2, $3, $5, $6, $7 }' "$csv" > "$work/inflight.dat"
if [ ! -s "$work/size.dat" ] || [ ! -s "$work/inflight.dat" ]; then
    echo "bench-charts: $csv has no size or in-flight rows (written by qtredis-bench --sweep --sweep-csv)" >&2
    exit 1
fi

gnuplot <<GNUPLOT
set terminal pngcairo size 1200,480 font "DejaVu Sans,10"
set datafile missing "0.0"
set grid
set key top left
set style line 1 lc rgb "#808080" lw 2 pt 7
set style line 2 lc rgb "#1f77b4" lw 2 pt 5
set style line 3 lc rgb "#d62728" lw 2 pt 9 dt 2

set output "$outdir/bench-sweep-size.png"
set multiplot layout 1,2 title "GET, 10 commands in flight, against the value size (one client, server on the same 2 cores)"
set logscale x 2
set xlabel "value size (bytes)"
set xtics ("16 B" 16, "256 B" 256, "4 KiB" 4096, "64 KiB" 65536, "1 MiB" 1048576, "16 MiB" 16777216)
set xrange [10:30000000]
set ylabel "MB/s of values received"
plot "$work/size.dat" using 1:(\$3*\$1/1e6) with linespoints ls 1 title "(a) hiredis+libevent", \
     "" using 1:(\$4*\$1/1e6) with linespoints ls 2 title "(b) RedisClient", \
     "" using 1:(\$5*\$1/1e6) with linespoints ls 3 title "(r) redis-benchmark -P 10"
set logscale y 10
set format y "%.0f"
set ylabel "replies/s"
set key top right
plot "$work/size.dat" using 1:3 with linespoints ls 1 title "(a) hiredis+libevent", \
     "" using 1:4 with linespoints ls 2 title "(b) RedisClient", \
     "" using 1:5 with linespoints ls 3 title "(r) redis-benchmark -P 10"
unset multiplot

set output "$outdir/bench-sweep-inflight.png"
set terminal pngcairo size 640,480 font "DejaVu Sans,10"
set title "GET 64 B against the commands in flight"
unset xtics
set xtics ("1" 1, "10" 10, "100" 100, "1000" 1000)
set xrange [0.7:1500]
set logscale x 10
set logscale y 10
set format y "%.0f"
set xlabel "commands in flight (redis-benchmark: -P)"
set ylabel "replies/s"
set key top left
plot "$work/inflight.dat" using 2:3 with linespoints ls 1 title "(a) hiredis+libevent", \
     "" using 2:4 with linespoints ls 2 title "(b) RedisClient", \
     "" using 2:5 with linespoints ls 3 title "(r) redis-benchmark"
GNUPLOT
echo "bench-charts: wrote $outdir/bench-sweep-size.png and $outdir/bench-sweep-inflight.png"
