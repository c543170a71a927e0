#!/usr/bin/env bash
# Before/after experiments behind the README's Benchmarks section, on a copy of the city database run.sh made:
# bash tests/Petitions.Benchmarks/experiments.sh (after run.sh; BENCH_DIR as there)
cd "$(dirname "$0")/../.."
WORK=${BENCH_DIR:-/tmp/petitions-bench}
SRC=$WORK/city.db
DLL=$PWD/api/Petitions.Api/bin/Release/net10.0/Petitions.Api.dll
run_api() { # run_api <db> [ward] [extra connection string]; sets PORT and T (that ward's dispatcher)
  PORT=5311
  (ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Petitions="Data Source=$1${3:-}" Logging__LogLevel__Default=Warning dotnet $DLL --urls http://127.0.0.1:$PORT > $WORK/exp-api.log 2>&1 &)
  until curl -s -o /dev/null http://127.0.0.1:$PORT/api/sessions; do sleep 0.3; done
  T=$(curl -s -X POST http://127.0.0.1:$PORT/api/auth/token -H 'Content-Type: application/json' -d "{\"username\":\"dispatcher.${2:-2}\",\"password\":\"petitions-bench\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
}
stop_api() { pkill -f "127.0.0.1:5311"; sleep 1; }
getcase() { # getcase <label> <db>
  read -r MIN MAX < <(sqlite3 $2 "SELECT MIN(id), MAX(id) FROM cases WHERE ward_id = 2 AND id < 500000" | tr '|' ' ')
  BENCH_TOKEN=$T BENCH_MIN_ID=$MIN BENCH_MAX_ID=$MAX wrk -t2 -c32 -d4s -s tests/Petitions.Benchmarks/wrk/get-case.lua http://127.0.0.1:$PORT >/dev/null # warm-up
  out=$(BENCH_TOKEN=$T BENCH_MIN_ID=$MIN BENCH_MAX_ID=$MAX wrk -t2 -c32 -d8s --latency -s tests/Petitions.Benchmarks/wrk/get-case.lua http://127.0.0.1:$PORT)
  echo "$1 GET /api/cases/{id}: $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s, p99 $(echo "$out" | awk '$1=="99%" {print $2}')"
}
getlist() { # getlist <label> <path>
  BENCH_TOKEN=$T BENCH_PATH=$2 wrk -t2 -c32 -d4s -s tests/Petitions.Benchmarks/wrk/get.lua http://127.0.0.1:$PORT >/dev/null # warm-up
  out=$(BENCH_TOKEN=$T BENCH_PATH=$2 wrk -t2 -c32 -d8s --latency -s tests/Petitions.Benchmarks/wrk/get.lua http://127.0.0.1:$PORT)
  echo "$1: $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s, p99 $(echo "$out" | awk '$1=="99%" {print $2}') $(echo "$out" | grep Non-2xx)"
}
cp $SRC $WORK/exp.db; rm -f $WORK/exp.db-wal $WORK/exp.db-shm
# The last ward generated: without its indexes a ward's list has to read past every other ward's cases.
KT=$(sqlite3 $WORK/exp.db "SELECT id FROM departments WHERE ward_id = 126 AND code = 'KT-HT-DT'")
LIST="/api/cases?status=InProgress&departmentId=$KT&overdue=true&limit=50"

echo "== E1 case_events(case_id) index"
run_api $WORK/exp.db; getcase "with index" $WORK/exp.db; stop_api
sqlite3 $WORK/exp.db "DROP INDEX ix_case_events_case"
run_api $WORK/exp.db; getcase "without index" $WORK/exp.db; stop_api
sqlite3 $WORK/exp.db "CREATE INDEX ix_case_events_case ON case_events (case_id, id)"

echo "== E2 cases (ward_id, status, id) and (ward_id, department_id, id) indexes"
run_api $WORK/exp.db 126; getlist "with indexes, ward 126 list status+department+overdue" "$LIST"; stop_api
sqlite3 $WORK/exp.db "DROP INDEX ix_cases_ward_status; DROP INDEX ix_cases_ward_department; DROP INDEX ix_cases_ward_id; DROP INDEX ix_cases_ward_session;"
run_api $WORK/exp.db 126; getlist "without (ward, …) indexes, same list" "$LIST"; stop_api

echo "== E3 keyset vs OFFSET at page 1000 (sqlite3, city-wide Closed cases, 50 a page)"
cp $SRC $WORK/exp.db; rm -f $WORK/exp.db-wal $WORK/exp.db-shm
DEEP=$(sqlite3 $WORK/exp.db "SELECT id FROM cases WHERE status = 'Closed' ORDER BY id LIMIT 1 OFFSET 49949")
for shape in "SELECT id FROM cases WHERE status = 'Closed' ORDER BY id LIMIT 51 OFFSET 49950" "SELECT id FROM cases WHERE status = 'Closed' AND id > $DEEP ORDER BY id LIMIT 51"; do
  t0=$(date +%s%N); for i in $(seq 20); do sqlite3 $WORK/exp.db "$shape" > /dev/null; done; t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 20000000 )) ms per query (incl. sqlite3 start): $shape"
done

echo "== E4 connection pooling"
run_api $WORK/exp.db; getcase "pooling on (default)" $WORK/exp.db; stop_api
run_api $WORK/exp.db 2 ";Pooling=False"; getcase "pooling off" $WORK/exp.db; stop_api
