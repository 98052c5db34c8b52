#!/usr/bin/env bash
# Open311 benchmark of issue 4, on PostgreSQL holding N feedback items (default 1,000,000): GET
# /open311/v2/requests.json returning 1,000 requests (the default query: the last 90 days, newest first), target median
# under 100 ms. One client at a time (wrk, 1 connection) gives the latency of a request on its own; the same with 4
# connections shows how it holds under load. Also measured: XML, the extensions (photos and notes), status=open, and
# 50 requests by service_request_id; and the plan of the list statement.
# Usage: bench/open311.sh [items] [duration]     e.g. bench/open311.sh 1000000 30s
# Needs PostgreSQL server binaries and wrk (apt-get install postgresql wrk). Starts a throwaway cluster, the jar on it
# with the demo data, seeds the items with SQL (bench/sql/seed-open311.sql), measures, and removes what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
duration=${2:-30s}
work=/tmp/egov-bench-open311
rm -rf "$work"; mkdir -p "$work"
[ -f target/cantho-egov.jar ] || ./mvnw -B -q -DskipTests package
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
app_port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$work"
psql_egov() { as_pg "$pg_bin/psql" -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U egov egov "$@"; }
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); \
java: $(java -version 2>&1 | head -n 1); $("$pg_bin/postgres" --version)"
echo "date: $(date -u +%FT%TZ); items: $n; wrk: $duration per load"

as_pg "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 \
  -c shared_buffers=1GB -c max_connections=100 -c max_wal_size=4GB" start >/dev/null
as_pg "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE ROLE egov LOGIN PASSWORD 'egov'" \
  -c "CREATE DATABASE egov OWNER egov" >/dev/null

SPRING_PROFILES_ACTIVE=postgres EGOV_DEMO=true EGOV_DATA_DIR="$work/data" \
  DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/egov" DB_USER=egov DB_PASSWORD=egov \
  java ${BENCH_JAVA_OPTS:-} -jar target/cantho-egov.jar --server.port="$app_port" \
  --logging.level.root=WARN >"$work/app.log" 2>&1 &
app=$!
base="http://127.0.0.1:$app_port"
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 "$app" 2>/dev/null || { tail -n 40 "$work/app.log"; exit 1; }
  sleep 0.5
done
echo "app healthy on PostgreSQL"

t0=$(date +%s.%N)
psql_egov -v n="$n" -f bench/sql/seed-open311.sql >/dev/null
printf 'seeded %s items in %.0f s\n' "$n" "$(echo "$(date +%s.%N) - $t0" | bc)"
psql_egov -At -c "SELECT 'published in the last 90 days: ' || count(*) FROM feedback_item
  WHERE public_allowed AND field_code IS NOT NULL AND created_at >= now() - interval '90 days'"

list="$base/open311/v2/requests.json"
count=$(curl -fsS "$list" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
size=$(curl -fsS -o /dev/null -w '%{size_download}' "$list")
echo "GET /open311/v2/requests.json: $count requests, $size bytes"
ids=$(psql_egov -At -c "SELECT string_agg(number, ',') FROM (SELECT number FROM feedback_item
  WHERE public_allowed AND field_code IS NOT NULL ORDER BY id DESC LIMIT 50) s")

run_wrk() { # label, connections, URL: p50, p90, p99 and requests/s from wrk's own latency distribution
  local label=$1 connections=$2 url=$3
  wrk -t1 -c"$connections" -d"$duration" --latency "$url" >"$work/wrk-$label.txt" 2>&1 || true
  printf '%-28s c=%-2s p50 %8s   p90 %8s   p99 %8s   %8s req/s %s\n' "$label" "$connections" \
    "$(awk '$1=="50%"{print $2}' "$work/wrk-$label.txt")" "$(awk '$1=="90%"{print $2}' "$work/wrk-$label.txt")" \
    "$(awk '$1=="99%"{print $2}' "$work/wrk-$label.txt")" "$(awk '/^Requests\/sec/{print $2}' "$work/wrk-$label.txt")" \
    "$(grep -E 'Non-2xx|Socket errors' "$work/wrk-$label.txt" | tr '\n' ' ' || true)"
}

echo "--- warm-up (10 s, not counted)"
wrk -t1 -c2 -d10s "$list" >/dev/null
echo "--- loads"
run_wrk requests.json 1 "$list"
run_wrk requests.json 4 "$list"
run_wrk requests.xml 1 "$base/open311/v2/requests.xml"
run_wrk requests.json-extensions 1 "$list?extensions=true"
run_wrk requests.json-open 1 "$list?status=open"
run_wrk requests.json-50-ids 1 "$list?service_request_id=$ids"

echo "--- plan of the list statement"
psql_egov -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, number, state FROM feedback_item
  WHERE public_allowed = TRUE AND field_code IS NOT NULL AND (reject_reason IS NULL OR reject_reason <> 'SPAM')
    AND created_at >= now() - interval '90 days' AND created_at <= now()
  ORDER BY created_at DESC, id DESC LIMIT 1000 OFFSET 0"
