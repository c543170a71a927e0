#!/usr/bin/env bash
# Before/after on one machine in one run: bash tests/Petitions.Benchmarks/ab.sh <base checkout> [rounds=3] [cases=100000]
# Builds the base checkout (e.g. `git worktree add /tmp/base <commit>`) and this one in Release, lets each generate
# its own city database, starts both APIs (Production, warnings only), then alternates base / this with wrk on
# GET /api/cases/{id}, a ward's filtered list (status + department + overdue), a department officer's list (their
# department's cases and those it supports: unfiltered, and overdue only) and POST /api/petitions, so that the
# machine's drift falls on both alike. Prints each pair. BENCH_PORT (5961) is the base's port, this one's the next.
set -uo pipefail
cd "$(dirname "$0")/../.."
BASE=$(cd "${1:?the base checkout}" && pwd); ROUNDS=${2:-3}; CASES=${3:-100000}
WORK=${BENCH_DIR:-/tmp/petitions-ab}; DURATION=${BENCH_DURATION:-8s}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
declare -A DIR=([base]=$BASE [this]=$PWD) PORT=([base]=${BENCH_PORT:-5961} [this]=$((${BENCH_PORT:-5961} + 1)))
# An indexed array: declared with the two above it was associative, took no pid, and the trap stopped nothing.
PIDS=()
# Stopped by Ctrl-C or a timeout too: the two APIs must not outlive the script (a later run would measure them).
trap 'kill "${PIDS[@]}" 2>/dev/null' EXIT
trap 'exit 130' INT TERM
for v in base this; do
  (cd "${DIR[$v]}" && dotnet build -c Release -v q -nologo -p:SkipWebClient=true tests/Petitions.Benchmarks >/dev/null) || exit 1
  # Another run of this script (another checkout) may hold the port: measuring its API would be measuring the wrong code.
  if curl -s -o /dev/null "http://127.0.0.1:${PORT[$v]}/"; then echo "port ${PORT[$v]} is in use: choose another with BENCH_PORT" >&2; exit 1; fi
  rm -rf "$WORK/$v" && mkdir -p "$WORK/$v"
  dotnet "${DIR[$v]}/tests/Petitions.Benchmarks/bin/Release/net10.0/Petitions.Benchmarks.dll" seed "$WORK/$v/city.db" "$CASES" >/dev/null
  (cd "$WORK/$v" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Petitions="Data Source=$WORK/$v/city.db" Data__Path="$WORK/$v" \
    Logging__LogLevel__Default=Warning Auth__PetitionsPerUserPerMinute=100000000 Auth__SignInsPerAddressPerMinute=100000 \
    exec dotnet "${DIR[$v]}/api/Petitions.Api/bin/Release/net10.0/Petitions.Api.dll" --urls "http://127.0.0.1:${PORT[$v]}" >"$WORK/$v/api.log" 2>&1) &
  PIDS+=($!)
  disown
  until curl -s -o /dev/null "http://127.0.0.1:${PORT[$v]}/api/sessions"; do sleep 0.5; done
  curl -s -X POST "http://127.0.0.1:${PORT[$v]}/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"dispatcher.2","password":"petitions-bench"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/' >"$WORK/$v/token"
  curl -s -X POST "http://127.0.0.1:${PORT[$v]}/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"ktht.2","password":"petitions-bench"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/' >"$WORK/$v/officer-token"
  sqlite3 "$WORK/$v/city.db" "SELECT MIN(c.id), MAX(c.id), MAX(c.session_id), (SELECT id FROM departments WHERE ward_id = 2 AND code = 'KT-HT-DT') FROM cases c JOIN petitions p ON p.id = c.petition_id WHERE c.ward_id = 2 AND p.submitted_by = 'seed'" | tr '|' ' ' >"$WORK/$v/ids"
done
measure() { # version, script, seconds, [path for get.lua], [token file]
  local v=$1; read -r min max session department <"$WORK/$v/ids"
  BENCH_TOKEN=$(cat "$WORK/$v/${5:-token}") BENCH_MIN_ID=$min BENCH_MAX_ID=$max BENCH_SESSION=$session \
    BENCH_PATH="${4:-/api/cases?status=InProgress&departmentId=$department&overdue=true&limit=50}" \
    wrk -t2 -c32 -d"$3" --latency -s "tests/Petitions.Benchmarks/wrk/$2" "http://127.0.0.1:${PORT[$v]}" |
    awk '/^Requests\/sec/ { rps = $2 } $1 == "99%" { p99 = $2 } END { printf "%s req/s, p99 %s", rps, p99 }'
}
for v in base this; do measure $v get-case.lua 4s >/dev/null; done
for script in get-case.lua get.lua post-petition.lua; do
  for round in $(seq "$ROUNDS"); do
    echo "$script round $round: base $(measure base $script "$DURATION") | this $(measure this $script "$DURATION")"
  done
done
for path in "/api/cases?limit=50" "/api/cases?overdue=true&limit=50"; do
  for round in $(seq "$ROUNDS"); do
    echo "officer $path round $round: base $(measure base get.lua "$DURATION" "$path" officer-token) | this $(measure this get.lua "$DURATION" "$path" officer-token)"
  done
done
