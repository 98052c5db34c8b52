#!/usr/bin/env bash
# Start-up time and resident memory of the jar on the embedded database (issue: under 10 s, under 600 MB).
# Usage: bench/startup.sh [runs]   (builds the jar first if missing). Prints one line per start and the median.
# Each run starts the jar, polls /actuator/health until UP, reads VmRSS, stops it. The first run is on an empty
# data folder (migrations + demo data); the others reuse it, as a second start of a real node does.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/cantho-egov.jar ] || ./mvnw -B -q -DskipTests package
data=$(mktemp -d)
trap 'rm -rf "$data"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); date: $(date -u +%FT%TZ)"
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  EGOV_DATA_DIR="$data" java -jar target/cantho-egov.jar --server.port="$port" >"$data/app-$i.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$data/app-$i.log"; exit 1; }
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -fs -o /dev/null "http://127.0.0.1:$port/" # one page, so the figure includes a rendered template
  rss=$(( $(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  label=$([ "$i" = 1 ] && echo "first start (empty data folder)" || echo "restart on existing data")
  echo "run $i: healthy after ${ms} ms, RSS ${rss} MB  [$label]"
  times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median start-up: " a[int((NR+1)/2)] " ms"}'
