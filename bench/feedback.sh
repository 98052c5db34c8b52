#!/usr/bin/env bash
# Feedback benchmarks of issue 4, on PostgreSQL holding N items (default 1,000,000):
#   1. Open311 GET /open311/v2/requests.json returning 1,000 requests (the default query: the last 90 days, newest
#      first): median < 100 ms; also XML, extensions=true, status=open and 50 requests by id;
#   2. the public search of answered items (GET /api/v1/feedback/public, rotating queries): median < 200 ms;
#   3. intake through the JSON API (POST /api/v1/feedback, anonymous, a new Idempotency-Key each): >= 500 per second.
# Medians are measured with one client at a time (the latency a user sees), then under load next to the trivial
# GET /api/v1/ping of the same server.
# Usage: bench/feedback.sh [items] [duration] [connections]     e.g. bench/feedback.sh 1000000 30s 32
# Needs PostgreSQL server binaries and wrk (apt-get install postgresql wrk). Starts a throwaway cluster, the jar on it
# with the demo data, seeds the items with SQL (bench/sql/seed-feedback.sql and seed-feedback-extras.sql), runs the
# loads, and removes what it started. Flood control is raised for the run (every request comes from 127.0.0.1 and
# the intake load files thousands of items a second): it is not what is being measured.
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
echo "date: $(date -u +%FT%TZ); items: $n; wrk: $duration per load, $connections connections under load"
app_args="--egov.feedback.rate.per-address=100000000 --egov.feedback.rate.per-phone=100000000"
start_cluster
start_app

t0=$(seconds)
psql_egov -v n="$n" -f bench/sql/seed-feedback.sql >/dev/null
psql_egov -f bench/sql/seed-feedback-extras.sql >/dev/null
printf 'seeded %s items in %.0f s\n' "$n" "$(echo "$(seconds) - $t0" | bc)"
psql_egov -At -c "SELECT 'in the last 90 days: ' || count(*) FILTER (WHERE created_at > now() - interval '90 days')
  || '; answered and public: ' || count(*) FILTER (WHERE state IN ('RESOLVED', 'CLOSED') AND public_allowed)
  FROM feedback_item"
list="$base/open311/v2/requests.json"
echo "GET /open311/v2/requests.json: $(curl -fsS "$list" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') \
requests, $(curl -fsS -o /dev/null -w '%{size_download}' "$list") bytes"
ids=$(psql_egov -At -c "SELECT string_agg(number, ',') FROM (SELECT number FROM feedback_item
  WHERE public_allowed AND field_code IS NOT NULL ORDER BY id DESC LIMIT 50) s")

echo "--- warm-up (10 s each, not counted)"
wrk -t2 -c4 -d10s "$list" >/dev/null
wrk -t2 -c4 -d10s -s bench/wrk/feedback-search.lua "$base" >/dev/null 2>&1

echo "--- one client at a time (the latency a user sees)"
under_load=$connections; connections=1
run_wrk open311-json "$list"
run_wrk open311-xml "$base/open311/v2/requests.xml"
run_wrk open311-extensions "$list?extensions=true"
run_wrk open311-open "$list?status=open"
run_wrk open311-50-ids "$list?service_request_id=$ids"
run_wrk public-search -s bench/wrk/feedback-search.lua "$base"

connections=$under_load
echo "--- under load ($connections connections)"
run_wrk ping "$base/api/v1/ping"
run_wrk open311-json "$list"
run_wrk public-search -s bench/wrk/feedback-search.lua "$base"

source bench/lib/feedback-fixtures.sh   # write_feedback_body
write_feedback_body "$work/feedback.json"
before=$(psql_egov -At -c "SELECT count(*) FROM feedback_item")
BENCH_BODY="$work/feedback.json" run_wrk intake -s bench/wrk/feedback-intake.lua "$base"
after=$(psql_egov -At -c "SELECT count(*) FROM feedback_item")
echo "items created by the intake load: $((after - before))"
