-- POST /api/petitions with two items: BENCH_TOKEN, BENCH_SESSION
local token = os.getenv("BENCH_TOKEN")
local body = '{"sessionId":' .. os.getenv("BENCH_SESSION") .. ',"submitter":{"name":"Nguyễn Văn An","title":"Tổ trưởng TDP số 1",' ..
  '"organisation":"TDP số 1","area":"Phường"},"items":[{"text":"Đề nghị nạo vét cống ngõ 12 để chống úng ngập","category":"Flooding",' ..
  '"location":"Ngõ 12"},{"text":"Đề nghị lắp đèn chiếu sáng ngõ 12","category":"Infrastructure","location":"Ngõ 12"}]}'
request = function()
  return wrk.format("POST", "/api/petitions", { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
