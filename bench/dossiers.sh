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
java: $(java -version 2>&1 | head -n 1); $("$pg_bin/postgres" --version); $(wrk --version 2>&1 | head -n 1 | cut -c1-40)"
echo "date: $(date -u +%FT%TZ); dossiers: $n; wrk: 2 threads, $connections connections, $duration per load"

as_pg "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 \
  -c shared_buffers=1GB -c max_connections=100 -c max_wal_size=4GB" start >/dev/null
as_pg "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE ROLE egov LOGIN PASSWORD 'egov'" \
  -c "CREATE DATABASE egov OWNER egov" >/dev/null

# A key pair for bearer tokens, as an OpenID Connect provider would sign them (the API chain accepts them once
# spring.security.oauth2.resourceserver.jwt.* is set; HTTP Basic would spend the time in bcrypt instead).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt-key.pem" 2>/dev/null
openssl pkey -in "$work/jwt-key.pem" -pubout -out "$work/jwt-pub.pem"
token_for() {
  local b64url='openssl base64 -A | tr "+/" "-_" | tr -d "="' now h p s
  now=$(date +%s)
  h=$(printf '{"alg":"RS256","typ":"JWT"}' | eval "$b64url")
  p=$(printf '{"sub":"%s","iat":%d,"exp":%d}' "$1" "$now" $((now + 7200)) | eval "$b64url")
  s=$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$work/jwt-key.pem" -binary | eval "$b64url")
  printf '%s.%s.%s' "$h" "$p" "$s"
}

SPRING_PROFILES_ACTIVE=postgres EGOV_DEMO=true EGOV_DATA_DIR="$work/data" \
  DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/egov" DB_USER=egov DB_PASSWORD=egov \
  java ${BENCH_JAVA_OPTS:-} -jar target/cantho-egov.jar --server.port="$app_port" \
  --spring.security.oauth2.resourceserver.jwt.public-key-location="file:$work/jwt-pub.pem" \
  --logging.level.root=WARN >"$work/app.log" 2>&1 &
app=$!
base="http://127.0.0.1:$app_port"
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 "$app" 2>/dev/null || { tail -n 40 "$work/app.log"; exit 1; }
  sleep 0.5
done
echo "app healthy on PostgreSQL"

source bench/lib/dossier-fixtures.sh   # seed_dossiers, write_pairs, write_submission (schema- and API-specific)
seconds() { date +%s.%N; }
t0=$(seconds); seed_dossiers "$n"; t1=$(seconds)
printf 'seeded %s dossiers in %.0f s\n' "$n" "$(echo "$t1 - $t0" | bc)"
write_pairs 20000 "$work/pairs.txt"

run_wrk() { # label, then wrk arguments; prints requests/s and p99 from wrk's own latency distribution
  local label=$1; shift
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" >"$work/wrk-$label.txt" 2>"$work/wrk-$label.err" || true
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/{print $2}' "$work/wrk-$label.txt")
  p50=$(awk '$1=="50%"{print $2}' "$work/wrk-$label.txt")
  p99=$(awk '$1=="99%"{print $2}' "$work/wrk-$label.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$work/wrk-$label.txt" | tr '\n' ' ' || true)
  printf '%-22s %10s req/s   p50 %8s   p99 %8s   %s\n' "$label" "$rps" "$p50" "$p99" "$errors"
  [ -s "$work/wrk-$label.err" ] && head -n 3 "$work/wrk-$label.err" | sed 's/^/    /' || true
}

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
