#!/usr/bin/env bash
# Upload a 5 MB phone photo (4000 × 3000 JPEG) RUNS times to the API and time each answer (upload, type check,
# decode, re-encode without metadata, display size, thumbnail, commit); then compare keeping the same bytes in the
# database (one INSERT of a BLOB in a transaction) with keeping them as a file in the data folder (write, fsync,
# rename, then the row). Needs curl, sqlite3 and ImageMagick's convert (apt-get install imagemagick) for the photo.
set -euo pipefail
RUNS=${1:-10}
PORT=${BENCH_PORT:-5222}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/petitions-upload-XXXXXX)
trap 'kill $API 2>/dev/null || true; rm -rf "$WORK"' EXIT

convert -size 4000x3000 plasma: -attenuate 0.6 +noise Gaussian -quality 85 -sampling-factor 1x1 "$WORK/photo.jpg"
echo "photo: $(stat -c %s "$WORK/photo.jpg") bytes"

dotnet build "$ROOT/api/Petitions.Api" -c Release -p:SkipWebClient=true -v quiet -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development Data__Path="$WORK/data" Logging__LogLevel__Default=Warning \
  dotnet "$ROOT/api/Petitions.Api/bin/Release/net10.0/Petitions.Api.dll" --urls "http://127.0.0.1:$PORT" >"$WORK/api.log" 2>&1 &
API=$!
until curl -fs "http://127.0.0.1:$PORT/health/live" >/dev/null; do sleep 0.5; done
API_URL=http://127.0.0.1:$PORT
TOKEN=$(curl -s -X POST $API_URL/api/auth/token -H 'Content-Type: application/json' \
  -d '{"username":"leader19","password":"petitions-demo"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
for ((i = 0; i < RUNS; i++)); do
  # A fresh case each time (a case holds at most 10 files), in Development's current-quarter session 2: the seeded
  # session 1 has passed its reply deadline and takes no more petitions.
  CASE=$(curl -s -X POST $API_URL/api/petitions -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{
    "sessionId": 2, "submitter": {"name": "Nguyễn Bảo Bình", "title": "Tổ trưởng TDP số 19", "organisation": "TDP số 19", "area": "Trung Hòa"},
    "items": [{"text": "Ngõ 20 ngập sau mưa", "category": "Flooding", "location": "Ngõ 20"}]}' | sed -E 's/.*"caseIds":\[([0-9]+).*/\1/')
  [[ $CASE =~ ^[0-9]+$ ]] || { echo "no case to attach to: $CASE" >&2; exit 1; }
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
    -F "file=@$WORK/photo.jpg" -F kind=Intake "$API_URL/api/cases/$CASE/attachments"
done | tee "$WORK/times"
awk '$1 != 201 { bad++ } { print $2 }' "$WORK/times" | sort -n | awk '{ t[NR] = $1 } END { printf "upload + processing: min %.0f / median %.0f / max %.0f ms over %d\n", t[1] * 1000, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000, NR }'

# File in the database or in the folder, the same bytes, RUNS times each, alternating.
DB="$WORK/store.db"
sqlite3 "$DB" 'PRAGMA journal_mode = WAL; CREATE TABLE f (id INTEGER PRIMARY KEY, content BLOB NOT NULL); CREATE TABLE r (id INTEGER PRIMARY KEY, path TEXT NOT NULL);' >/dev/null
mkdir -p "$WORK/files"
for ((i = 0; i < RUNS; i++)); do
  s=$(date +%s%N)
  sqlite3 "$DB" "PRAGMA synchronous = NORMAL; BEGIN; INSERT INTO f (content) VALUES (readfile('$WORK/photo.jpg')); COMMIT;"
  e=$(date +%s%N); echo "db $(((e - s) / 1000000))"
  s=$(date +%s%N)
  cp "$WORK/photo.jpg" "$WORK/files/$i.partial" && sync "$WORK/files/$i.partial" && mv "$WORK/files/$i.partial" "$WORK/files/$i.jpg" && sync "$WORK/files"
  sqlite3 "$DB" "PRAGMA synchronous = NORMAL; INSERT INTO r (path) VALUES ('files/$i.jpg');"
  e=$(date +%s%N); echo "folder $(((e - s) / 1000000))"
done | sort -k1,1 -k2n | awk '{ v[$1] = v[$1] " " $2 } END { for (k in v) print k ":" v[k] " ms" }'
