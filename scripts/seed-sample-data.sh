#!/usr/bin/env bash
# Seeds a Redis server with sample data of every type, binary keys and values,
# a few thousand namespaced keys, collections large enough to page through, a
# string larger than the browser's preview, keys with a TTL, and a few keys in
# databases 1 and 2.  Usage: seed-sample-data.sh <redis-cli args>
#   e.g. seed-sample-data.sh -s /tmp/redis.sock     or     -h 127.0.0.1 -p 6379
set -euo pipefail
{
    echo 'SET greeting "Hello from QtRedis"'
    echo 'SET counter 42'
    echo 'SET json:config "{\"theme\":\"dark\",\"fonts\":[\"Noto Sans\",\"DejaVu\"],\"autosave\":true,\"limits\":{\"keys\":1000000,\"ratio\":0.75}}"'
    echo 'SET "binary:nul\x00key" "value with \x00 NUL, \r\n CRLF and \xff\xfe invalid UTF-8"'
    echo 'SET "binary:\xc3\x28" "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"'
    echo 'SET "binary:crlf\r\nkey" "a key name with CR LF"'
    echo 'SET unicode:greeting "你好, Grüße, こんにちは, Привет"'
    echo 'SET "unicode:emoji:🚀" "rocket"'
    echo 'SET session:expiring "gone in an hour" EX 3600'
    echo 'SET session:short "gone in five minutes" EX 300'
    echo 'SET "notes:a-very-long-key-name-that-goes-on-and-on-to-show-how-the-browser-elides-what-does-not-fit-in-one-line" long'
    echo 'HSET user:1000 name "Ada Lovelace" email ada@example.com born 1815 "field\x00nul" "bin\xffval" notes "line one\nline two"'
    echo 'HSET user:1001 name "Alan Turing" email alan@example.com born 1912'
    echo 'RPUSH queue:jobs render:1 render:2 "encode \"video\"" upload:9 "line\nbreak"'
    echo 'SADD tags redis qt cpp async "with space" "\x00"'
    echo 'ZADD leaderboard 3100 alice 2950 bob 4200 carol 1200 dave 3100.5 eve'
    echo 'XADD events:sensor * temp 21.5 unit C'
    echo 'XADD events:sensor * temp 22.0 unit C'
    echo 'XADD events:sensor * temp 21.8 unit C note "door opened"'
    # Collections of a few thousand elements (the browser pages through them),
    # and a 360 KB string (larger than its preview: "Load all").
    echo "EVAL \"for i = 1, 2000 do redis.call('HSET', KEYS[1], 'field:' .. i, 'value ' .. i) end\" 1 big:hash"
    echo "EVAL \"for i = 1, 5000 do redis.call('RPUSH', KEYS[1], 'item ' .. i) end\" 1 big:list"
    echo "EVAL \"for i = 1, 3000 do redis.call('SADD', KEYS[1], 'member:' .. i) end\" 1 big:set"
    echo "EVAL \"for i = 1, 3000 do redis.call('ZADD', KEYS[1], i * 1.5, 'player:' .. i) end\" 1 big:zset"
    echo "EVAL \"for i = 1, 1500 do redis.call('XADD', KEYS[1], '*', 'click', i, 'page', '/p/' .. (i % 17)) end\" 1 big:stream"
    echo "EVAL \"return redis.call('SET', KEYS[1], string.rep('lorem ipsum dolor sit amet ', 13500))\" 1 big:text"
    for ns in app:cache app:session shop:product shop:order metrics:cpu; do
        for i in $(seq 1 600); do
            echo "SET $ns:$i \"$ns value $i\""
        done
    done
    for i in $(seq 1 50); do
        echo "HSET shop:customer:$i name \"Customer $i\" tier gold visits $i"
    done
    for y in 2023 2024; do
        for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
            echo "RPUSH logs:$y:$m:errors \"disk full\" \"timeout\""
        done
    done
    echo 'SELECT 1'
    echo 'SET db1:greeting "Hello from database 1"'
    echo 'HSET db1:settings mode test'
    echo 'SELECT 2'
    echo 'SET db2:greeting "Hello from database 2"'
    echo 'SELECT 0'
} | redis-cli "$@" >/dev/null
echo "seeded $(redis-cli "$@" DBSIZE) keys in database 0 (and a few in 1 and 2)"
