-- GET /api/cases/{id} for random ids of one ward: BENCH_TOKEN, BENCH_MIN_ID, BENCH_MAX_ID
local token = os.getenv("BENCH_TOKEN")
local low = tonumber(os.getenv("BENCH_MIN_ID"))
local high = tonumber(os.getenv("BENCH_MAX_ID"))
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/cases/" .. math.random(low, high), { ["Authorization"] = "Bearer " .. token })
end
