-- wrk script: authenticated GETs rotating over the read endpoints of the API.
--
--   BENCH_TOKEN=idt_... wrk -t2 -c100 -d20s --latency -s mixed-reads.lua http://127.0.0.1:PORT/api/v1
--
-- The URL's path is the API base. Each wrk thread walks the endpoint list in order,
-- one request per call, so every endpoint gets the same share of requests.
-- done() prints the status counts and a "BENCH mixed ..." line that server-load.sh parses.

local token = os.getenv("BENCH_TOKEN")
if not token or token == "" then
   error("mixed-reads.lua: set BENCH_TOKEN to a bearer token")
end

local endpoints = {
   "/me",
   "/invitations?direction=sent&state=pending&limit=50",
   "/sync?limit=500",
   "/people/suggestions?limit=20",
   "/connections",
   "/notifications",
}

local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

local requests = {}
local next_index = 0
statuses = {}            -- status -> count (global: done() reads it with thread:get)

function init(args)
   local base = wrk.path
   if base == "/" then base = "" end
   base = base:gsub("/$", "")
   local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
   for i, path in ipairs(endpoints) do
      requests[i] = wrk.format("GET", base .. path, headers)
   end
   -- Start the threads at different places in the rotation.
   next_index = (id - 1) * 3
end

function request()
   next_index = next_index % #requests + 1
   return requests[next_index]
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests_stats)
   local totals = {}
   for _, thread in ipairs(threads) do
      local counts = thread:get("statuses")
      for status, count in pairs(counts) do
         totals[status] = (totals[status] or 0) + count
      end
   end
   local keys = {}
   for status in pairs(totals) do table.insert(keys, status) end
   table.sort(keys)
   local parts = {}
   local non2xx = 0
   for _, status in ipairs(keys) do
      table.insert(parts, status .. "=" .. totals[status])
      if status < 200 or status > 299 then non2xx = non2xx + totals[status] end
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "BENCH mixed requests=%d seconds=%.3f rps=%.1f non2xx=%d statuses=%s"
         .. " sock_connect=%d sock_read=%d sock_write=%d sock_timeout=%d"
         .. " p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
      summary.requests, seconds, summary.requests / seconds, non2xx,
      #parts > 0 and table.concat(parts, ",") or "none",
      e.connect, e.read, e.write, e.timeout,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000))
end
