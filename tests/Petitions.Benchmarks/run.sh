#!/usr/bin/env bash
# Reproduces the BENCHMARKS table of README: bash tests/Petitions.Benchmarks/run.sh [runs] [soak seconds]
# Builds in Release, makes a 1,000,000-case city database, starts the API on it (Production, warnings only) and
# measures each figure <runs> times with wrk on this machine; prints min / median / max.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
SOAK=${2:-600}
CASES=${BENCH_CASES:-1000000}
WORK=${BENCH_DIR:-/tmp/petitions-bench}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PORT=5098
while (: >/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done
API="http://127.0.0.1:$PORT"
mkdir -p "$WORK"
for tool in wrk sqlite3; do
  command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq $tool >/dev/null; }
done

dotnet build -c Release -v q -nologo -p:SkipWebClient=true tests/Petitions.Benchmarks >/dev/null
BENCH="dotnet $PWD/tests/Petitions.Benchmarks/bin/Release/net10.0/Petitions.Benchmarks.dll"
API_DLL="$PWD/api/Petitions.Api/bin/Release/net10.0/Petitions.Api.dll"
DB="$WORK/city.db"

stats() { sort -g | awk '{ v[NR] = $1 } END { printf "%s / %s / %s", v[1], v[int((NR + 1) / 2)], v[NR] }'; }
declare -A RESULTS

LOAD_RUNS=${BENCH_LOAD_RUNS:-$RUNS}
echo "== load: $CASES cases, $LOAD_RUNS runs" >&2
loads=()
[ "$LOAD_RUNS" -gt 0 ] || [ -f "$DB" ] || LOAD_RUNS=1
for run in $(seq "$LOAD_RUNS"); do
  rm -f "$DB" "$DB-wal" "$DB-shm"
  loads+=("$($BENCH seed "$DB" "$CASES" | sed -nE 's/.* in ([0-9.]+) s$/\1/p')")
done
RESULTS[load]="$( [ "$LOAD_RUNS" -gt 0 ] && printf '%s\n' "${loads[@]}" | stats) s"

start_api() {
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Petitions="Data Source=$DB" Logging__LogLevel__Default=Warning \
    Auth__PetitionsPerUserPerMinute=100000000 Auth__SignInsPerAddressPerMinute=100000 \
    dotnet "$API_DLL" --urls "$API" >"$WORK/api.log" 2>&1 &
  API_PID=$!
  until curl -s -o /dev/null "$API/api/sessions"; do sleep 0.5; done
}
token() { curl -s -X POST "$API/api/auth/token" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"petitions-bench\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
sql() { sqlite3 "$DB" "$1"; }
cursor() { printf 'id:%s' "$1" | base64; }
urlencode() { printf '%s' "$1" | sed 's/=/%3D/g; s/+/%2B/g; s/\//%2F/g'; }

start_api
trap 'kill -9 $API_PID 2>/dev/null || true' EXIT
WARD=2
DISPATCHER=$(token dispatcher.$WARD)
CITY=$(token city.overseer)
# The generated cases of one ward are one block of ids (petitions submitted later have ids after every ward's).
read -r MIN_ID MAX_ID < <(sql "SELECT MIN(c.id), MAX(c.id) FROM cases c JOIN petitions p ON p.id = c.petition_id WHERE c.ward_id = $WARD AND p.submitted_by = 'seed'" | tr '|' ' ')
KTHT=$(sql "SELECT id FROM departments WHERE ward_id = $WARD AND code = 'KT-HT-DT'")
SESSION=$(sql "SELECT MAX(id) FROM sessions WHERE ward_id = $WARD")
DEEP=$(sql "SELECT id FROM cases WHERE status = 'Closed' ORDER BY id LIMIT 1 OFFSET 49949")
DEEP_SEARCH=$(sql "SELECT id FROM cases WHERE search_text LIKE '%ung ngap%' ORDER BY id LIMIT 1 OFFSET 49949")

# wrk_run <name> <script> <token> [path]: records "rps p99ms" per run
wrk_run() {
  local name=$1 script=$2 token=$3 path=${4:-}
  local rps=() p99=()
  for run in $(seq "$RUNS"); do
    out=$(BENCH_TOKEN=$token BENCH_PATH=$path BENCH_MIN_ID=$MIN_ID BENCH_MAX_ID=$MAX_ID BENCH_SESSION=$SESSION \
      wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "tests/Petitions.Benchmarks/wrk/$script" "$API")
    rps+=("$(echo "$out" | awk '/^Requests\/sec/ { print $2 }')")
    p99+=("$(echo "$out" | awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else { sub(/s/, "", v); v *= 1000 }; printf "%.2f", v }')")
    non2xx=$(echo "$out" | awk '/Non-2xx/ { print $4 }')
    [ -z "$non2xx" ] || echo "warning: $name answered $non2xx non-2xx responses" >&2
  done
  RESULTS["$name rps"]="$(printf '%s\n' "${rps[@]}" | stats)"
  RESULTS["$name p99"]="$(printf '%s\n' "${p99[@]}" | stats) ms"
  echo "$name: ${RESULTS["$name rps"]} req/s, p99 ${RESULTS["$name p99"]}" >&2
}

# Warm up (JIT, caches) before anything is recorded.
BENCH_TOKEN=$DISPATCHER BENCH_MIN_ID=$MIN_ID BENCH_MAX_ID=$MAX_ID wrk -t2 -c"$CONNECTIONS" -d10s -s tests/Petitions.Benchmarks/wrk/get-case.lua "$API" >/dev/null
SCENARIOS=("GET /api/cases/{id}" "list, ward, status+department+overdue, page 1" "list, ward, search 'ung ngap', page 1"
           "list, city, status, page 1" "list, city, status, page 1000" "list, city, search 'ung ngap', page 1"
           "list, city, search 'ung ngap', page 1000")
reads() { # reads <suffix>: every read scenario once
  wrk_run "${SCENARIOS[0]}$1" get-case.lua "$DISPATCHER"
  wrk_run "${SCENARIOS[1]}$1" get.lua "$DISPATCHER" "/api/cases?status=InProgress&departmentId=$KTHT&overdue=true&limit=50"
  wrk_run "${SCENARIOS[2]}$1" get.lua "$DISPATCHER" "/api/cases?q=ung%20ngap&limit=50"
  wrk_run "${SCENARIOS[3]}$1" get.lua "$CITY" "/api/cases?status=Closed&limit=50"
  wrk_run "${SCENARIOS[4]}$1" get.lua "$CITY" "/api/cases?status=Closed&limit=50&cursor=$(urlencode "$(cursor "$DEEP")")"
  wrk_run "${SCENARIOS[5]}$1" get.lua "$CITY" "/api/cases?q=ung%20ngap&limit=50"
  wrk_run "${SCENARIOS[6]}$1" get.lua "$CITY" "/api/cases?q=ung%20ngap&limit=50&cursor=$(urlencode "$(cursor "$DEEP_SEARCH")")"
}
reads ""
# Latency at a load below saturation: 32 connections on 2 cores queue behind each other, which is what p99 shows there.
SATURATING=$CONNECTIONS
CONNECTIONS=${BENCH_LATENCY_CONNECTIONS:-8}
reads " @$CONNECTIONS"
LIGHT=$CONNECTIONS
CONNECTIONS=$SATURATING

# report_run <name> <query>: seconds for the whole answer, <runs> × 5 times
report_run() {
  local times=()
  for run in $(seq $((RUNS * 5))); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $DISPATCHER" "$API/api/sessions/$SESSION/report$2" | awk '{ printf "%.0f", $1 * 1000 }')")
  done
  RESULTS["$1"]="$(printf '%s\n' "${times[@]}" | stats) ms"
  echo "$1: ${RESULTS["$1"]}" >&2
}
REPORT_CASES=$(sql "SELECT COUNT(*) FROM cases WHERE session_id = $SESSION")
report_run "report JSON ($REPORT_CASES cases)" ""
report_run "report DOCX ($REPORT_CASES cases)" "?format=docx"

wrk_run "POST /api/petitions (2 items)" post-petition.lua "$DISPATCHER"

# The ratio pairs each API run with a bare-loop run straight after it, so the machine's drift cannot flatter either.
echo "== API vs bare Dapper, $RUNS pairs" >&2
paired_api=(); base=(); ratios=()
for run in $(seq "$RUNS"); do
  api_rps=$(BENCH_TOKEN=$DISPATCHER BENCH_MIN_ID=$MIN_ID BENCH_MAX_ID=$MAX_ID \
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s tests/Petitions.Benchmarks/wrk/get-case.lua "$API" | awk '/^Requests\/sec/ { print $2 }')
  base_rps=$($BENCH baseline "$DB" $WARD "$MIN_ID" "$MAX_ID" "$CONNECTIONS" "${DURATION%s}" | sed -nE 's/baseline: ([0-9]+) reads\/s/\1/p')
  paired_api+=("$api_rps"); base+=("$base_rps")
  ratios+=("$(awk -v a="$api_rps" -v b="$base_rps" 'BEGIN { printf "%.3f", a / b }')")
  echo "pair $run: API $api_rps req/s, bare loop $base_rps reads/s, ratio ${ratios[-1]}" >&2
done
RESULTS[paired]="$(printf '%s\n' "${paired_api[@]}" | stats)"
RESULTS[baseline]="$(printf '%s\n' "${base[@]}" | stats)"
RESULTS[ratio]="$(printf '%s\n' "${ratios[@]}" | stats)"

if [ "$SOAK" -gt 0 ]; then
  echo "== memory over a ${SOAK}s run of GET /api/cases/{id}" >&2
  rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$API_PID/status"; }
  samples=("$(rss)")
  BENCH_TOKEN=$DISPATCHER BENCH_MIN_ID=$MIN_ID BENCH_MAX_ID=$MAX_ID wrk -t2 -c"$CONNECTIONS" -d"${SOAK}s" -s tests/Petitions.Benchmarks/wrk/get-case.lua "$API" >"$WORK/soak.txt" &
  WRK_PID=$!
  while kill -0 $WRK_PID 2>/dev/null; do sleep 30; samples+=("$(rss)"); done
  RESULTS[soak]="RSS MiB every 30 s: ${samples[*]}; $(awk '/^Requests\/sec/ { print $2 " req/s" }' "$WORK/soak.txt")"
fi

kill -9 $API_PID; wait $API_PID 2>/dev/null || true
echo "== kill -9 under POST load" >&2
RESULTS[durability]=$($BENCH durability "$API_DLL" "$DB" "$DISPATCHER" "$SESSION" 10 || true)

echo "== in-process documents (BenchmarkDotNet)" >&2
(cd "$WORK" && $BENCH documents --job Short --inProcess >"$WORK/documents.txt" 2>&1) || true
DOCUMENTS=$(cat "$WORK"/BenchmarkDotNet.Artifacts/results/*DocumentBenchmarks-report-github.md 2>/dev/null | grep '^|' || echo "(BenchmarkDotNet run failed: see $WORK/documents.txt)")

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); $(date -u +%Y-%m-%d); runs: $RUNS × $DURATION, $CONNECTIONS connections"
echo
echo "| figure | target | min / median / max |"
echo "|---|---|---|"
echo "| load $CASES cases | < 2 min | ${RESULTS[load]} |"
for name in "${SCENARIOS[@]}"; do
  echo "| $name: req/s ($SATURATING connections) | | ${RESULTS["$name rps"]} |"
  echo "| $name: p99 ($SATURATING connections) | | ${RESULTS["$name p99"]} |"
  echo "| $name: p99 ($LIGHT connections) | | ${RESULTS["$name @$LIGHT p99"]} |"
done
echo "| POST /api/petitions (2 items): req/s | ≥ 1,000 | ${RESULTS["POST /api/petitions (2 items) rps"]} |"
echo "| POST /api/petitions (2 items): p99 | | ${RESULTS["POST /api/petitions (2 items) p99"]} |"
echo "| session report JSON, $REPORT_CASES cases | ≤ 300 ms | ${RESULTS["report JSON ($REPORT_CASES cases)"]} |"
echo "| session report DOCX, $REPORT_CASES cases | ≤ 2 s | ${RESULTS["report DOCX ($REPORT_CASES cases)"]} |"
echo "| GET /api/cases/{id} beside the loop: req/s | | ${RESULTS[paired]} |"
echo "| bare Dapper loop of GET /api/cases/{id}'s reads: reads/s | | ${RESULTS[baseline]} |"
echo "| API / bare Dapper, each pair back to back | ≥ 0.5 | ${RESULTS[ratio]} |"
echo "| memory | flat | ${RESULTS[soak]:-not measured} |"
echo "| durability | no acknowledged petition lost | ${RESULTS[durability]} |"
echo
echo "In-process, the 10,000-case report's documents (BenchmarkDotNet, short job):"
echo
echo "$DOCUMENTS"
