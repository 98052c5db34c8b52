#!/usr/bin/env bash
# Check-in benchmarks of issue 5, on PostgreSQL (docs/health/intake.md):
#   1. single check-ins over HTTP (POST /api/v1/health/check-ins, a checkpoint scanning personal codes, each answered
#      only once committed) against the trivial GET /api/v1/ping, same wrk settings in the same run: target >= 40 %;
#   2. device batch upload (10,000 rows per request): target >= 50,000 check-ins per second;
#   3. kill -9 of the app in the middle of a load of single check-ins: every acknowledged check-in must be stored.
# Usage: bench/health-checkins.sh [duration] [connections] [batches] [kill-after-seconds]
#        e.g. bench/health-checkins.sh 30s 32 20 10          (smoke: bench/health-checkins.sh 5s 16 3 3)
# Needs PostgreSQL server binaries, wrk and python3. Starts a throwaway cluster with the default durability settings
# (fsync and synchronous_commit on), the jar on it with the demo data, seeds venues and people with SQL
# (bench/sql/seed-health.sql), computes signed codes from the signing keys (bench/lib/health_codes.py), runs the
# loads, and removes what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30s}
connections=${2:-32}
batch_count=${3:-20}
kill_after=${4:-10}
venues=${BENCH_VENUES:-2000}
people=${BENCH_PEOPLE:-200000}
work=/tmp/egov-bench-health
[ -f target/cantho-egov.jar ] || ./mvnw -B -q -DskipTests package
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
source bench/lib/harness.sh   # start_cluster, start_app, token_for, run_wrk, psql_egov, cleanup
trap cleanup EXIT
print_machine
echo "date: $(date -u +%FT%TZ); venues: $venues; people: $people; wrk: $duration per load, $connections connections"
start_cluster
start_app

psql_egov -v venues="$venues" -v people="$people" -f bench/sql/seed-health.sql >/dev/null
psql_egov -At -F '|' -c "SELECT purpose, version, secret FROM health_signing_key WHERE retired_at IS NULL
  AND purpose IN ('VENUE', 'PERSON')" >"$work/keys.txt"
python3 bench/lib/health_codes.py codes "$work/keys.txt" "$venues" "$people" "$work"
rm -f "$work/keys.txt"
staff=$(token_for checkpoint)
count() { psql_egov -At -c "SELECT count(*) FROM health_check_in"; }

echo "--- warm-up (10 s each, not counted)"
wrk -t2 -c"$connections" -d10s "$base/api/v1/ping" >/dev/null
BENCH_TOKEN="$staff" BENCH_CODES="$work" wrk -t2 -c"$connections" -d10s -s bench/wrk/health-check-in.lua "$base" \
  >/dev/null 2>&1

echo "--- single check-ins against ping ($connections connections)"
run_wrk ping "$base/api/v1/ping"
before=$(count)
BENCH_TOKEN="$staff" BENCH_CODES="$work" run_wrk check-in -s bench/wrk/health-check-in.lua "$base"
after=$(count)
ping=$(awk '/^Requests\/sec/{print $2}' "$work/wrk-ping.txt")
single=$(awk '/^Requests\/sec/{print $2}' "$work/wrk-check-in.txt")
echo "check-ins stored by the load: $((after - before)); check-ins/ping: $(echo "scale=1; 100 * $single / $ping" | bc) %"

echo "--- device batches ($batch_count x 10,000 rows, 2 connections, 3 rounds after a warm-up round)"
# warm-up as for wrk above: the same number of batches, not counted (the JIT compiles the batch path meanwhile)
python3 bench/lib/health_codes.py batches "$work" "$batch_count" 10000
python3 bench/lib/health_client.py batches "$base" "$staff" "$work" "$batch_count" 2 >/dev/null
rates=()
for round in 1 2 3; do
  python3 bench/lib/health_codes.py batches "$work" "$batch_count" 10000            # new device ids each round
  read -r rows accepted duplicates refused secs < <(python3 bench/lib/health_client.py batches "$base" "$staff" \
    "$work" "$batch_count" 2)
  rate=$(echo "$rows / $secs" | bc)
  rates+=("$rate")
  echo "batch round $round: rows $rows (accepted $accepted, duplicates $duplicates, refused $refused) in $secs s:" \
    "$rate check-ins/s"
done
echo "batch median: $(printf '%s\n' "${rates[@]}" | sort -n | sed -n 2p) check-ins/s"

echo "--- kill -9 in the middle of a load (32 clients, kill after $kill_after s)"
before=$(count)
python3 bench/lib/health_client.py ack "$base" "$staff" "$work" 32 "$work/acked.txt" >"$work/ack.out" &
client=$!
sleep "$kill_after"
kill -9 "$app"
wait "$app" 2>/dev/null || true
app=
wait "$client"
cat "$work/ack.out"
start_app
psql_egov -c "CREATE TEMP TABLE acked (id uuid)" -c "\copy acked FROM '$work/acked.txt'" -At -c "
  SELECT 'acknowledged ' || count(*) || ', stored ' || count(c.id) || ', lost ' || count(*) FILTER (WHERE c.id IS NULL)
  FROM acked a LEFT JOIN health_check_in c ON c.id = a.id" | tee "$work/kill.txt"
echo "rows stored during the kill test: $(( $(count) - before ))"
grep -q ' lost 0$' "$work/kill.txt" || { echo "FAILED: acknowledged check-ins were lost" >&2; exit 1; }
