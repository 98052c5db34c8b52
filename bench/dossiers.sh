#!/usr/bin/env bash
# Dossier benchmarks of issue 3, on PostgreSQL holding N dossiers (default 1,000,000):
#   1. status lookup by code + phone (GET /api/v1/dossiers/{code}/status) against the trivial GET /api/v1/ping,
#      same wrk settings in the same run: target throughput >= half of ping's, p99 < 20 ms at that load;
#   2. online submission without files (POST /api/v1/dossiers with a bearer token): target >= 500 per second;
#   3. the figures for one year, of one agency and of the whole city (GET /api/v1/stats/dossiers): target < 1 s.
# Usage: bench/dossiers.sh [dossiers] [duration] [connections]     e.g. bench/dossiers.sh 1000000 30s 32
# Needs PostgreSQL server binaries and wrk (apt-get install postgresql wrk). Starts a throwaway cluster with the
# default durability settings (fsync and synchronous_commit on), the jar on it with the demo data, seeds the
# dossiers with SQL (bench/sql/seed-dossiers.sql), runs the loads, and removes everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
duration=${2:-30s}
connections=${3:-32}
work=/tmp/egov-bench
[ -f target/cantho-egov.jar ] || ./mvnw -B -q -DskipTests package
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
source bench/lib/harness.sh   # start_cluster, start_app, token_for, run_wrk, psql_egov, cleanup
trap cleanup EXIT
print_machine
echo "date: $(date -u +%FT%TZ); dossiers: $n; wrk: 2 threads, $connections connections, $duration per load"
start_cluster
start_app

source bench/lib/dossier-fixtures.sh   # seed_dossiers, write_pairs, write_submission (schema- and API-specific)
t0=$(seconds); seed_dossiers "$n"; t1=$(seconds)
printf 'seeded %s dossiers in %.0f s\n' "$n" "$(echo "$t1 - $t0" | bc)"
write_pairs 20000 "$work/pairs.txt"

echo "--- warm-up (10 s each, not counted)"
wrk -t2 -c"$connections" -d10s "$base/api/v1/ping" >/dev/null
BENCH_PAIRS="$work/pairs.txt" wrk -t2 -c"$connections" -d10s -s bench/wrk/status.lua "$base" >/dev/null 2>&1
echo "--- loads"
run_wrk ping "$base/api/v1/ping"
BENCH_PAIRS="$work/pairs.txt" run_wrk status-lookup -s bench/wrk/status.lua "$base"

citizen=$(token_for citizen)
write_submission "$base" "$(token_for admin)" "$work/submit.json"
before=$(psql_egov -At -c "SELECT count(*) FROM dossier")
BENCH_TOKEN="$citizen" BENCH_BODY="$work/submit.json" run_wrk submission -s bench/wrk/submit.lua "$base"
after=$(psql_egov -At -c "SELECT count(*) FROM dossier")
echo "dossiers created by the submission load: $((after - before))"

echo "--- figures for one year (5 calls each, seconds)"
admin=$(token_for admin)
year=$(date +%Y)
for scope in "agency=CA-XNC" "all"; do
  q="from=$year-01-01&to=$year-12-31"; [ "$scope" != all ] && q="$q&$scope"
  times=()
  for i in 1 2 3 4 5; do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $admin" "$base/api/v1/stats/dossiers?$q")")
  done
  echo "figures $scope: ${times[*]}"
done
