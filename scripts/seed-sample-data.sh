#!/usr/bin/env bash
# Seeds a Redis server with sample data of every type, binary keys and values,
# and a few thousand namespaced keys.  Usage: seed-sample-data.sh <redis-cli args>
#   e.g. seed-sample-data.sh -s /tmp/redis.sock     or     -h 127.0.0.1 -p 6379
set -euo pipefail
{
    echo 'SET greeting "Hello from QtRedis"'
    echo 'SET counter 42'
    echo 'SET json:config "{\"theme\":\"dark\",\"fonts\":[\"Noto Sans\",\"DejaVu\"],\"autosave\":true}"'
    echo 'SET "binary:nul\x00key" "value with \x00 NUL, \r\n CRLF and \xff\xfe invalid UTF-8"'
    echo 'SET "binary:\xc3\x28" "\x89PNG\r\n\x1a\n"'
    echo 'SET unicode:greeting "你好, Grüße, こんにちは"'
    echo 'SET session:expiring "gone in an hour" EX 3600'
    echo 'HSET user:1000 name "Ada Lovelace" email ada@example.com born 1815 "field\x00nul" "bin\xffval"'
    echo 'HSET user:1001 name "Alan Turing" email alan@example.com born 1912'
    echo 'RPUSH queue:jobs render:1 render:2 "encode \"video\"" upload:9 "line\nbreak"'
    echo 'SADD tags redis qt cpp async "with space" "\x00"'
    echo 'ZADD leaderboard 3100 alice 2950 bob 4200 carol 1200 dave 3100.5 eve'
    echo 'XADD events:sensor * temp 21.5 unit C'
    echo 'XADD events:sensor * temp 22.0 unit C'
    echo 'XADD events:sensor * temp 21.8 unit C note "door opened"'
    for ns in app:cache app:session shop:product shop:order metrics:cpu; do
        for i in $(seq 1 600); do
            echo "SET $ns:$i \"$ns value $i\""
        done
    done
    for i in $(seq 1 50); do
        echo "HSET shop:customer:$i name \"Customer $i\" tier gold visits $i"
    done
} | redis-cli "$@" >/dev/null
echo "seeded $(redis-cli "$@" DBSIZE) keys"
