-- wrk script for scripts/bench.sh: POST one JSON-RPC body, again and again,
-- on an MCP session, and write the results as one JSON line.
--
-- Environment (set by scripts/bench.sh):
--   BENCH_BODY     file with the request body
--   BENCH_OP       value of the x-bench-op header (the static upstream's switch)
--   BENCH_SESSION  mcp-session-id from the initialize call ("" = none)
--   BENCH_TOKEN    bearer token ("" = none)
--   BENCH_OUT      file the JSON line is appended to ("" = stdout)
--
-- The response body is not read here (a Lua callback per response would make
-- wrk, which shares the 2 cores with the proxy, the bottleneck); scripts/bench.sh
-- checks one response per cell before the load and Envoy's access log after it.

local function env(name)
  local v = os.getenv(name)
  if v == nil then return "" end
  return v
end

local f = assert(io.open(env("BENCH_BODY"), "rb"))
wrk.body = f:read("*a")
f:close()

wrk.method = "POST"
wrk.headers["content-type"] = "application/json"
wrk.headers["accept"] = "application/json, text/event-stream"
wrk.headers["mcp-protocol-version"] = "2025-11-25"
wrk.headers["x-bench-op"] = env("BENCH_OP")
if env("BENCH_SESSION") ~= "" then
  wrk.headers["mcp-session-id"] = env("BENCH_SESSION")
end
if env("BENCH_TOKEN") ~= "" then
  wrk.headers["authorization"] = "Bearer " .. env("BENCH_TOKEN")
end

function done(summary, latency, requests)
  local e = summary.errors
  local line = string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,' ..
    '"err_connect":%d,"err_read":%d,"err_write":%d,"err_status":%d,"err_timeout":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout)
  local out = env("BENCH_OUT")
  if out == "" then
    io.write(line)
  else
    local o = assert(io.open(out, "a"))
    o:write(line)
    o:close()
  end
end
