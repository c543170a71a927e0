#!/usr/bin/env bash
# Kills, fills and locks the embedded database under intake load, and counts what survived: for each fault, the
# petitions the API acknowledged (201), how many of them are in the database afterwards, and how many were lost (must
# be 0), with the statuses answered meanwhile (never a 500). Not part of CI: it takes about a minute and the full-disk
# run mounts a small tmpfs, which needs root (it is skipped otherwise).
#
#   apt-get install -y --no-install-recommends sqlite3 curl
#   tests/faults.sh                 # KILLS=3 kill -9 runs, CLIENTS=8 concurrent clients, LOAD=6 seconds each
#
# kill:  kill -9 mid-stream, restart on the same file, count.
# fill:  the database on a 12 MiB tmpfs, a file filling it to the last few hundred KiB, then big petitions until the
#        disk refuses (503 storageFull); the file is removed and one more petition must be acknowledged.
# lock:  another process (sqlite3) holds the write lock for longer than Database:BusyTimeout (2 s here): writes
#        answer 503 storageBusy; once it lets go, writes are acknowledged again.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in curl sqlite3 dotnet; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (see the top of this script)" >&2; exit 1; }
done

kills=${KILLS:-3}
clients=${CLIENTS:-8}
load_seconds=${LOAD:-6}
work=$(mktemp -d)
port=${PORT:-}
while [ -z "$port" ] || ss -ltn | grep -q ":$port "; do port=$((20000 + RANDOM % 20000)); done
api=http://127.0.0.1:$port
pid=
mounted=
cleanup() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build api/Petitions.Api -p:SkipWebClient=true -v quiet -nologo >/dev/null

start() { # database file [extra env...]
  local db=$1; shift
  env ASPNETCORE_ENVIRONMENT=Development Database__Provider=Sqlite ConnectionStrings__Petitions="Data Source=$db" \
    Auth__PetitionsPerUserPerMinute=1000000 Auth__SignInsPerAddressPerMinute=1000000 Logging__LogLevel__Default=Warning "$@" \
    dotnet api/Petitions.Api/bin/Debug/net10.0/Petitions.Api.dll --urls "$api" >>"$work/api.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do
    # Signed in before any fault: signing in writes too (the failed-attempt count).
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/api/sessions")" = 401 ] && bearer=$(token) && return
    sleep 1
  done
  echo "the API did not start; its log:" >&2; tail -20 "$work/api.log" >&2; exit 1
}
stop() { kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; }
token() { curl -sf -X POST "$api/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"username": "leader19", "password": "petitions-demo"}' | sed -E 's/.*"accessToken": ?"([^"]+)".*/\1/'; }

petition() { # item text length
  local text; text="Đề nghị kiểm tra $(printf '%*s' "$1" '' | tr ' ' 'x')"
  printf '{"sessionId": 2, "submitter": {"name": "Nguyễn Bảo Bình", "title": "Tổ trưởng TDP số 19", "organisation": "TDP số 19"}, "items": [{"text": "%s"}, {"text": "%s"}]}' "$text" "$text"
}

load() { # run-name seconds item-length: each client posts until the time is up, noting each answer
  local run=$1 until=$(($(date +%s) + $2)) body; body=$(petition "$3")
  loaders=()
  for c in $(seq 1 "$clients"); do
    (
      while [ "$(date +%s)" -lt "$until" ]; do
        answer=$(curl -s -m 30 -X POST "$api/api/petitions" -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' \
          -d "$body" -w '\n%{http_code}' 2>/dev/null || printf '\n000')
        status=${answer##*$'\n'}
        echo "$status" >>"$work/$run.status.$c"
        if [ "$status" = 201 ]; then
          sed -nE 's/.*"id": ?([0-9]+).*/\1/p' <<<"${answer%$'\n'*}" >>"$work/$run.ack.$c"
        fi
      done
    ) &
    loaders+=($!)
  done
}
wait_load() { wait "${loaders[@]}" 2>/dev/null || true; }

count() { # run-name database: prints acknowledged / found / lost and the statuses seen
  local run=$1 db=$2
  cat "$work/$run".ack.* 2>/dev/null | sort -u >"$work/$run.ack" || true
  sqlite3 "$db" 'SELECT id FROM petitions' | sort -u >"$work/$run.found"
  local acknowledged found lost statuses
  acknowledged=$(wc -l <"$work/$run.ack")
  found=$(comm -12 "$work/$run.ack" "$work/$run.found" | wc -l)
  lost=$(comm -23 "$work/$run.ack" "$work/$run.found" | wc -l)
  statuses=$(cat "$work/$run".status.* 2>/dev/null | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')
  printf '%-6s acknowledged %6d  found %6d  lost %d   answers: %s\n' "$run" "$acknowledged" "$found" "$lost" "$statuses"
  [ "$lost" -eq 0 ] || failed=1
  if grep -qx 500 "$work/$run".status.* 2>/dev/null; then failed=1; fi
}

failed=0

# kill -9 under load, restart on the same file each time.
db=$work/kill/petitions.db && mkdir -p "$work/kill"
for run in $(seq 1 "$kills"); do
  start "$db"
  load "kill$run" "$load_seconds" 200
  sleep $((load_seconds * 2 / 3))
  stop
  wait_load
  start "$db" && stop # the next start reads the file as recovery would
  count "kill$run" "$db"
done

# A full disk: a small tmpfs, filled up by a file, then by petitions.
mkdir -p "$work/full"
if mount -t tmpfs -o size=12m tmpfs "$work/full" 2>/dev/null; then
  mounted=$work/full
  db=$work/full/petitions.db
  start "$db"
  dd if=/dev/zero of="$work/full/filler" bs=64k 2>/dev/null || true
  rm -f "$work/full/filler" && dd if=/dev/zero of="$work/full/filler" bs=64k count=$(( ($(df -k --output=avail "$work/full" | tail -1) - 400) / 64 )) 2>/dev/null
  load fill 4 3900
  wait_load
  body=$(grep -h -o 'storageFull' "$work/api.log" | head -1 || true)
  rm -f "$work/full/filler"
  after=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$api/api/petitions" -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' -d "$(petition 10)")
  stop
  count fill "$db"
  echo "       space freed: the next petition answers $after ${body:+(the log names $body)}"
  [ "$after" = 201 ] || failed=1
  umount "$work/full" && mounted=
else
  echo "fill   skipped: mounting a tmpfs needs root"
fi

# A write lock held by another process past the busy bound.
db=$work/lock/petitions.db && mkdir -p "$work/lock"
start "$db" Database__BusyTimeout=00:00:02
(echo 'BEGIN IMMEDIATE;'; sleep $((load_seconds + 2)); echo 'ROLLBACK;') | sqlite3 "$db" &
holder=$!
sleep 1
load lock "$load_seconds" 200
wait_load
wait "$holder"
after=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$api/api/petitions" -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' -d "$(petition 10)")
wait_load
stop
count lock "$db"
echo "       lock released: the next petition answers $after"
[ "$after" = 201 ] || failed=1

[ "$failed" -eq 0 ] && echo "no acknowledged petition lost, no 500" || { echo "FAILED: a petition was lost or a 500 answered" >&2; exit 1; }
