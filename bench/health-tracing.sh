#!/usr/bin/env bash
# Tracing benchmark of issue 5: one confirmed case (F0) with 14 days x 5 visits traced through F1 and F2 over N
# check-ins (default 50,000,000: 21 days of a large city, ~100,000 venues and ~3,000,000 people), target < 2 s.
# Steps, each timed: seed (SQL straight into the daily partitions), record the case through the API (which traces at
# once), trace it again three times (warm), read the contacts (JSON) and download them (CSV), then EXPLAIN ANALYZE of
# the key queries (the case's visits, its venues' windows, the F1s' visits) to show index range scans and pruning.
# Usage: bench/health-tracing.sh [check-ins] [days]     e.g. bench/health-tracing.sh 500000 (a smoke run)
# Needs PostgreSQL server binaries (apt-get install postgresql). Starts a throwaway cluster and the jar on it with the
# demo data, and removes what it started. The full size needs ~15 GB of disk and takes a while to seed.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50000000}
days=${2:-21}
venues=${BENCH_VENUES:-$(( n / 500 > 1000 ? n / 500 : 1000 ))}
people=${BENCH_PEOPLE:-$(( n * 3 / 50 > 5000 ? n * 3 / 50 : 5000 ))}
work=/tmp/egov-bench-tracing
[ -f target/cantho-egov.jar ] || ./mvnw -B -q -DskipTests package
source bench/lib/harness.sh   # start_cluster, start_app, token_for, psql_egov, cleanup
trap cleanup EXIT
print_machine 2>/dev/null || true
echo "date: $(date -u +%FT%TZ); check-ins: $n over $days days; venues: $venues; people: $people"
# the tracer's own step timings (counts only, nothing personal) go to the log at DEBUG
app_args="--logging.level.vn.gov.cantho.egov.health.tracing=DEBUG"
start_cluster
start_app

step() { printf '%-44s %8.2f s\n' "$1" "$(echo "$(seconds) - $2" | bc)"; }
t0=$(seconds)
psql_egov -v n="$n" -v days="$days" -v venues="$venues" -v people="$people" \
  -f bench/sql/seed-health-tracing.sql >/dev/null 2>"$work/seed.log"
step "seed $n check-ins" "$t0"
psql_egov -At -c "SELECT 'partitions: ' || count(*) || ', check-ins: ' || (SELECT count(*) FROM health_check_in)
  || ', table ' || pg_size_pretty(sum(pg_table_size(c.oid)))
  || ', indexes ' || pg_size_pretty(sum(pg_indexes_size(c.oid)))
  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
  WHERE p.relname = 'health_check_in'"

token=$(token_for health)
api() { curl -sS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
from=$(date -u -d '15 days ago' +%FT%TZ)
until=$(date -u -d '1 minute ago' +%FT%TZ)
body="{\"personRef\":\"BF00000001\",\"infectiousFrom\":\"$from\",\"infectiousUntil\":\"$until\",\"reason\":\"Benchmark\"}"

t0=$(seconds)
api -o "$work/case.json" -w '%{http_code}' -X POST "$base/api/v1/health/cases" -d "$body" >"$work/status"
step "record the case + trace F1, F2 (API)" "$t0"
[ "$(cat "$work/status")" = 201 ] || { echo "POST answered $(cat "$work/status")"; cat "$work/case.json"; exit 1; }
code=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["code"])' "$work/case.json")
python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); print("case %s: F1 %d, F2 %d" % (c["code"], c["f1Count"], c["f2Count"]))' "$work/case.json"
for i in 1 2 3; do
  t0=$(seconds)
  api -o /dev/null -f -X POST "$base/api/v1/health/cases/$code/trace" -d '{"purpose":"Benchmark"}'
  step "trace again, run $i (API)" "$t0"
done
t0=$(seconds)
api -o "$work/contacts.json" -f "$base/api/v1/health/cases/$code/contacts?generation=2&purpose=Benchmark"
step "read F1 + F2 with contact details (JSON)" "$t0"
t0=$(seconds)
api -o "$work/contacts.csv" -f "$base/api/v1/health/cases/$code/contacts.csv?generation=2&purpose=Benchmark"
step "download F1 + F2 (CSV, $(wc -l <"$work/contacts.csv") lines)" "$t0"
echo "--- the tracer's steps (last run, from the application log)"
grep -E "traced:|generation Step" "$work/app.log" | tail -n 3 | sed 's/^.*CaseService *: /  /; s/^.*Tracer *: /  /' || true

echo "--- EXPLAIN ANALYZE of the key queries (partitions scanned by index / pruned, sequential scans run, time)"
psql_egov -v code="$code" -f bench/sql/health-tracing-explain.sql >"$work/explain.txt"
awk '/^=== /{ if (name) report(); name=$0; idx=0; never=0; seq=0; buffers=""; next }
  /never executed/ { never++; next }
  /Index (Only )?Scan using health_check_in_p/ { idx++ }
  /Seq Scan on health_check_in_p/ { seq++ }
  /Buffers:/ && buffers == "" { sub(/^ */, ""); buffers=$0 }
  /Planning Time|Execution Time/ { sub(/^ */, ""); times = times " " $0 }
  function report() { printf "  %s\n    partition index scans run: %d, pruned at run time: %d, sequential scans run: %d\n    %s\n   %s\n", name, idx, never, seq, buffers, times; times="" }
  END { report() }' "$work/explain.txt"
echo "(full plans: $work/explain.txt)"
