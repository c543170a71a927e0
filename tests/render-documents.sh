#!/usr/bin/env bash
# Renders every document (a registered reply, a draft reply, the session report in Word and HTML, the Excel
# workbooks) to PDF and PNG, to look at them the way the offices will see them printed. Not part of CI: it needs
# LibreOffice and poppler, which the test suite does not.
#
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation2 [chromium]
#   tests/render-documents.sh            # writes tests/rendered/*.{docx,xlsx,html,csv,pdf,png} (gitignored)
#   KEEP=1 tests/render-documents.sh     # also copies page 1 of the letter and of the report to tests/*.png (README)
#
# Times New Roman is not free; fonts-liberation2's Liberation Serif has the same metrics and LibreOffice substitutes
# it, so line breaks and page breaks fall where Word would put them. It starts the API on a fresh SQLite file (the
# seeded appendix, with the demo accounts of Development), moves some cases through their life with curl as the
# dispatcher and the departments' officers, then downloads and converts the documents.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (see the top of this script)" >&2; exit 1; }
done

out=tests/rendered
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
# A free port of our own (another checkout's API may be running on the usual ones).
port=${PORT:-}
while [ -z "$port" ] || ss -ltn | grep -q ":$port "; do port=$((20000 + RANDOM % 20000)); done
api=http://127.0.0.1:$port

dotnet build api/Petitions.Api -v quiet -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development Database__Provider=Sqlite ConnectionStrings__Petitions="Data Source=$work/petitions.db" \
  dotnet api/Petitions.Api/bin/Debug/net10.0/Petitions.Api.dll --urls "$api" >"$work/api.log" 2>&1 &
pid=$!
trap 'status=$?; [ $status -ne 0 ] && tail -20 "$work/api.log" >&2; kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "$api/swagger/v1/swagger.json" >/dev/null && break; sleep 1; done

token() { curl -sf -X POST "$api/api/auth/token" -H 'Content-Type: application/json' -d "{\"username\": \"$1\", \"password\": \"petitions-demo\"}" | sed -E 's/.*"accessToken": ?"([^"]+)".*/\1/'; }
dispatcher=$(token dispatcher)
admin=$(token admin)
declare -A officer=([2]="$(token ktht)" [5]="$(token congan)") # departments 2 (KT-HT-ĐT) and 5 (Công an phường)
post() { # token path [body]
  curl -sS --fail-with-body -X POST "$api$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "${3:-{\}}" >/dev/null
}
work_case() { # id department result
  post "$dispatcher" "/api/cases/$1/assign" "{\"departmentId\": $2, \"assignee\": \"Cán bộ phụ trách\", \"task\": \"Kiểm tra, xử lý\", \"responsibleHead\": \"Trưởng phòng\", \"expectedResult\": \"Xử lý dứt điểm\", \"authority\": \"Chủ tịch UBND phường\"}"
  post "${officer[$2]}" "/api/cases/$1/start"
  post "${officer[$2]}" "/api/cases/$1/resolve" "{\"result\": \"$3\"}"
}
reply() { # petition case-ids... → reply id
  local petition=$1; shift
  local ids; ids=$(IFS=,; echo "$*")
  curl -sf -X POST "$api/api/replies" -H "Authorization: Bearer $dispatcher" -H 'Content-Type: application/json' -d "{\"petitionId\": $petition, \"caseIds\": [$ids]}" | sed -E 's/.*"id": ?([0-9]+).*/\1/'
}
get() { curl -sf -H "Authorization: Bearer $dispatcher" "$@"; }

# The ward's signer of replies, made the default (the seeds give the report's: Lương Khánh Ngọc, T/L).
post "$admin" /api/signers '{"name": "Trần Thị Minh", "position": "Phó Chủ tịch", "form": "Deputy", "disabled": false}'
curl -sS --fail-with-body -X PUT "$api/api/signers/defaults" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"replySignerId": 2, "reportSignerId": 1}' >/dev/null
# Petition 1 (TDP số 19): both items resolved by KT-HT-ĐT, one reply signed, registered and sent.
work_case 1 2 'Ngày 15/4/2026 Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Công ty Thoát nước đã nạo vét 120 m cống quanh Trường THCS Trần Duy Hưng và Trường Mầm non Hoa Sen; nước thoát bình thường.'
work_case 2 2 'Đã ra quân lập lại trật tự vỉa hè quanh Trường Mầm non Hoa Sen, yêu cầu 6 hộ kinh doanh cam kết không tái lấn chiếm; duy trì kiểm tra hằng tuần.'
issued=$(reply 1 1 2)
for step in submit sign register send; do post "$dispatcher" "/api/replies/$issued/$step"; done
# Petition 7 (Chi bộ số 35): one item beyond the ward's authority (referred), a draft reply not yet issued.
work_case 10 5 'Công an phường đã lập biên bản 4 trường hợp đỗ xe sai quy định, kẻ vạch cấm đỗ và bố trí lực lượng kiểm tra ban đêm.'
post "$dispatcher" "/api/cases/11/refer" '{"agency": "Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị Hà Nội", "referralLetter": "Công văn số 215/UBND-KTHTĐT ngày 14/4/2026 của UBND phường"}'
work_case 12 5 'Đã bố trí điểm trực của lực lượng bảo vệ an ninh, trật tự ở cơ sở tại đầu đường Nguyễn Thị Duệ từ ngày 16/4/2026.'
draft=$(reply 7 10 11 12)

get "$api/api/replies/$issued/document" -o "$out/reply-issued.docx"
get "$api/api/replies/$draft/document" -o "$out/reply-draft.docx"
get "$api/api/replies/$issued/document?format=html" -o "$out/reply-issued.html"
get "$api/api/sessions/1/report?format=docx" -o "$out/report.docx"
get "$api/api/sessions/1/report?format=html" -o "$out/report.html"
get "$api/api/sessions/1/report" -H 'Accept: text/csv' -o "$out/report.csv"
get "$api/api/sessions/1/report?format=xlsx" -o "$out/report.xlsx"
get "$api/api/cases/export?format=xlsx" -o "$out/cases.xlsx"
get "$api/api/sessions/1/report" -o "$out/report.json"

# LibreOffice needs a writable profile; a private one keeps it from touching the user's.
# The workbooks print under their own names: report.xlsx would otherwise overwrite report.docx's report.pdf.
soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir "$out" "$out"/*.docx >/dev/null 2>&1
soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir "$work/sheets" "$out"/*.xlsx >/dev/null 2>&1
for sheet in "$work"/sheets/*.pdf; do mv "$sheet" "$out/$(basename "${sheet%.pdf}")-xlsx.pdf"; done
# The printable HTML pages, printed by a browser as a person would (optional: apt-get install chromium).
if command -v chromium >/dev/null; then
  for page in "$out"/*.html; do
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$work/chromium" \
      --print-to-pdf="${page%.html}-html.pdf" "file://$PWD/$page" >/dev/null 2>&1
  done
fi
for pdf in "$out"/*.pdf; do
  pdftoppm -png -r ${DPI:-70} "$pdf" "${pdf%.pdf}"
done
echo "Fonts used in the PDFs (Times New Roman should come out as Liberation Serif):"
command -v pdffonts >/dev/null && for pdf in "$out"/*.pdf; do pdffonts "$pdf" | tail -n +3 | awk -v f="$(basename "$pdf")" '{print "  " f ": " $1}'; done | sort -u
if [ -n "${KEEP:-}" ]; then
  cp "$(ls "$out"/reply-issued-[0-9]*.png | sort | head -1)" tests/reply-letter.png
  cp "$(ls "$out"/report-[0-9]*.png | sort | head -1)" tests/session-report.png
fi
ls -1 "$out"
