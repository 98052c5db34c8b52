#!/usr/bin/env bash
# The whole test suite, on a fresh machine of this kind, by itself:
#   1. installs what the tests need when it is missing (PostgreSQL, Chromium + chromedriver, unzip) with apt;
#   2. starts a throwaway PostgreSQL cluster on a free loopback port (as the postgres user: it refuses root);
#   3. runs every test (unit, integration, browser) on the embedded H2, then again on PostgreSQL;
#   4. stops and removes what it started.
# A missing browser or database is a failure, never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n=== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root (or sudo) to install: $*" >&2; exit 1; fi
}

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v unzip >/dev/null || missing+=(unzip)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d /tmp/egov-pg.XXXXXX)
pg_port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])' 2>/dev/null \
  || echo 55432)
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres:postgres "$pg_dir"
stop_pg() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT

log "starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$pg_port"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Durability settings are off because this cluster is thrown away; production keeps the defaults.
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
as_pg "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE egov LOGIN PASSWORD 'egov'" -c "CREATE DATABASE egov OWNER egov" >/dev/null

export SE_OFFLINE=true SE_AVOID_STATS=true
mvn_args=(-B -ntp -Degov.browser.required=true)

log "suite on the embedded H2 database"
./mvnw "${mvn_args[@]}" verify

log "suite on PostgreSQL"
DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/egov" DB_USER=egov DB_PASSWORD=egov \
  ./mvnw "${mvn_args[@]}" -Degov.test.profiles=postgres,test verify

log "all tests passed on H2 and PostgreSQL"
