# What every PostgreSQL benchmark needs, sourced by bench/dossiers.sh and bench/feedback.sh: a throwaway cluster with
# the default durability settings (fsync and synchronous_commit on), the jar on it with the demo data, bearer tokens
# signed by a key pair of the run, and wrk runs summarised on one line. Callers set `work` and may set `app_args`
# (extra --name=value arguments for the jar) before calling start_cluster and start_app.

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
pg_port=$(free_port)
app_port=$(free_port)
base="http://127.0.0.1:$app_port"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_egov() { as_pg "$pg_bin/psql" -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U egov egov "$@"; }
seconds() { date +%s.%N; }

cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
}

print_machine() { # what the figures were measured on
  echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); \
java: $(java -version 2>&1 | head -n 1); $("$pg_bin/postgres" --version); $(wrk --version 2>&1 | head -n 1 | cut -c1-40)"
}

start_cluster() {
  rm -rf "$work"; mkdir -p "$work"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$work"
  as_pg "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 \
    -c shared_buffers=1GB -c max_connections=100 -c max_wal_size=4GB" start >/dev/null
  as_pg "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE ROLE egov LOGIN PASSWORD 'egov'" \
    -c "CREATE DATABASE egov OWNER egov" >/dev/null
  # A key pair for bearer tokens, as an OpenID Connect provider would sign them (the API chain accepts them once
  # spring.security.oauth2.resourceserver.jwt.* is set; HTTP Basic would spend the time in bcrypt instead).
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt-key.pem" 2>/dev/null
  openssl pkey -in "$work/jwt-key.pem" -pubout -out "$work/jwt-pub.pem"
}

token_for() { # username: a signed bearer token valid for two hours
  local b64url='openssl base64 -A | tr "+/" "-_" | tr -d "="' now h p s
  now=$(date +%s)
  h=$(printf '{"alg":"RS256","typ":"JWT"}' | eval "$b64url")
  p=$(printf '{"sub":"%s","iat":%d,"exp":%d}' "$1" "$now" $((now + 7200)) | eval "$b64url")
  s=$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$work/jwt-key.pem" -binary | eval "$b64url")
  printf '%s.%s.%s' "$h" "$p" "$s"
}

start_app() {
  SPRING_PROFILES_ACTIVE=postgres EGOV_DEMO=true EGOV_DATA_DIR="$work/data" \
    DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/egov" DB_USER=egov DB_PASSWORD=egov \
    java ${BENCH_JAVA_OPTS:-} -jar target/cantho-egov.jar --server.port="$app_port" \
    --spring.security.oauth2.resourceserver.jwt.public-key-location="file:$work/jwt-pub.pem" \
    --logging.level.root=WARN ${app_args:-} >"$work/app.log" 2>&1 &
  app=$!
  until curl -fs "$base/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$app" 2>/dev/null || { tail -n 40 "$work/app.log"; exit 1; }
    sleep 0.5
  done
  echo "app healthy on PostgreSQL"
}

run_wrk() { # label, then wrk arguments; prints requests/s, p50 and p99 from wrk's own latency distribution
  local label=$1 threads=$(( connections < 2 ? 1 : 2 )); shift
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" >"$work/wrk-$label.txt" 2>"$work/wrk-$label.err" || true
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/{print $2}' "$work/wrk-$label.txt")
  p50=$(awk '$1=="50%"{print $2}' "$work/wrk-$label.txt")
  p99=$(awk '$1=="99%"{print $2}' "$work/wrk-$label.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$work/wrk-$label.txt" | tr '\n' ' ' || true)
  printf '%-22s %10s req/s   p50 %8s   p99 %8s   %s\n' "$label" "$rps" "$p50" "$p99" "$errors"
  [ -s "$work/wrk-$label.err" ] && head -n 3 "$work/wrk-$label.err" | sed 's/^/    /' || true
}
