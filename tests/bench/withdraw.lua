-- wrk script: withdraw every listed invitation exactly once, then stop.
--
--   BENCH_TOKEN=idt_... BENCH_IDS_FILE=ids.txt BENCH_THREADS=2 BENCH_DONE_DIR=dir \
--     wrk -t2 -c100 -d45s -s withdraw.lua http://127.0.0.1:PORT/api/v1
--
-- BENCH_IDS_FILE holds one invitation id a line. setup() gives wrk thread k the ids
-- at positions k, k+N, k+2N, ... (N = BENCH_THREADS, which must equal -t), so no id
-- is sent twice. Each request is POST {base}/invitations/{id}/withdraw with an empty
-- body (Content-Length: 0) and its own Idempotency-Key.
--
-- Exactly once: wrk calls delay() before every request it sends on a connection
-- (delay() is defined, so every connection is "delayed"), and delay() claims the next
-- id of the slice for that request. request() sends only claimed ids. Anything else
-- wrk asks for gets GET {base}/health, a "filler" that is never counted as a
-- withdrawal: wrk's check of the script before the run (never sent), a request after
-- wrk reconnected following a socket error (wrk skips delay() then), and, once the
-- slice is used up, one request every 1.5 s on each idle connection. Those keep the
-- idle connections inside the server's 2 s keep-alive timeout: otherwise the server
-- closes them, wrk reconnects them all at once, and those bursts overflow the
-- server's listen queue while the last withdrawals are still in flight.
--
-- A thread stops once every withdrawal it sent has been answered; the last thread to
-- finish sends SIGINT to wrk, which ends wrk's sleep early (it would otherwise idle
-- until -d). Withdrawals still unanswered when -d runs out are reported as such.
--
-- Figures come from the script, not from wrk's histogram (which would mix in the
-- fillers, drops answers slower than --timeout, and applies wrk's coordinated-omission
-- correction): each 200 answer carries the invitation id, so its latency is measured
-- exactly, from request() to response(). Times are CLOCK_MONOTONIC via the LuaJIT FFI.
-- withdrawals_per_s = 200 answers / (first withdrawal sent .. last one answered);
-- steady_per_s = the rate between the 10th and the 90th percent of those answers,
-- i.e. without the ramp-up and the stragglers. done() prints a "BENCH withdraw ..."
-- line that server-load.sh parses.

local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
   int clock_gettime(int clock_id, bench_timespec *tp);
   int kill(int pid, int sig);
   int getpid(void);
]]
local CLOCK_MONOTONIC = 1
local SIGINT = 2
local PARK_MS = 1500 -- below the server's 2 s keep-alive timeout
local timespec = ffi.new("bench_timespec")

local function now_s()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
   return tonumber(timespec.tv_sec) + tonumber(timespec.tv_nsec) / 1e9
end

local function required_env(name)
   local value = os.getenv(name)
   if not value or value == "" then
      error("withdraw.lua: set " .. name)
   end
   return value
end

local token = required_env("BENCH_TOKEN")
local done_dir = required_env("BENCH_DONE_DIR")
local thread_count = tonumber(required_env("BENCH_THREADS"))
local run_tag = os.getenv("BENCH_RUN") or tostring(os.time())

---------------------------------------------------------------- setup (main state)

local threads = {}
local all_ids = nil

local function load_ids()
   local path = required_env("BENCH_IDS_FILE")
   local file = assert(io.open(path, "r"))
   local ids = {}
   for line in file:lines() do
      if line ~= "" then table.insert(ids, line) end
   end
   file:close()
   return ids
end

function setup(thread)
   all_ids = all_ids or load_ids()
   local k = #threads + 1
   if k > thread_count then
      error("withdraw.lua: BENCH_THREADS=" .. thread_count .. " but wrk started more threads (-t)")
   end
   local slice = {}
   for i = k, #all_ids, thread_count do
      table.insert(slice, all_ids[i])
   end
   thread:set("tid", k)
   thread:set("ids", slice)
   table.insert(threads, thread)
end

---------------------------------------------------------------- running (per thread)
-- Globals are what done() reads back with thread:get().

local base = ""
local health_request = nil

local next_pos = 1       -- next id of the slice to claim
local claimed = {}       -- ids claimed by delay(), not yet sent: a FIFO in
local claimed_head = 1   -- claimed[claimed_head .. claimed_tail - 1] (explicit
local claimed_tail = 1   -- indices: # is unreliable on a table with holes)
local sent_at = {}       -- id -> monotonic time its withdrawal was sent
sent = 0                 -- withdrawals sent
answered = 0             -- withdrawal answers received (any status)
fillers = 0              -- /health requests sent
statuses = {}            -- withdrawal status -> count
unmatched = 0            -- 200 answers whose id could not be matched to a request
latencies = {}           -- seconds, one per matched 200 answer
ok_times = {}            -- monotonic time of each 200 answer
first_sent = -1
last_answer = -1
finished = false
started = false          -- set by the first delay(), i.e. once the run has begun

function init(args)
   base = wrk.path
   if base == "/" then base = "" end
   base = base:gsub("/$", "")
   health_request = wrk.format("GET", base .. "/health", { ["Host"] = wrk.host })
end

local function finish()
   if finished then return end
   finished = true
   -- The last thread to get here ends wrk's sleep (see the header comment).
   local marker = assert(io.open(done_dir .. "/done." .. tid, "w"))
   marker:close()
   local count = 0
   for k = 1, thread_count do
      local f = io.open(done_dir .. "/done." .. k, "r")
      if f then
         f:close()
         count = count + 1
      end
   end
   if count == thread_count then
      ffi.C.kill(ffi.C.getpid(), SIGINT)
   end
   wrk.thread:stop()
end

local function check_finished()
   if next_pos > #ids and claimed_head == claimed_tail and answered == sent then
      finish()
   end
end

function delay()
   started = true
   if next_pos <= #ids then
      claimed[claimed_tail] = ids[next_pos]
      claimed_tail = claimed_tail + 1
      next_pos = next_pos + 1
      return 0
   end
   check_finished()
   return PARK_MS
end

function request()
   if claimed_head == claimed_tail then
      if started then fillers = fillers + 1 end
      return health_request
   end
   local id = claimed[claimed_head]
   claimed[claimed_head] = nil
   claimed_head = claimed_head + 1
   sent = sent + 1
   local now = now_s()
   if first_sent < 0 then first_sent = now end
   sent_at[id] = now
   return wrk.format("POST", base .. "/invitations/" .. id .. "/withdraw", {
      ["Host"] = wrk.host,
      ["Authorization"] = "Bearer " .. token,
      ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run_tag, tid, sent),
   }, "")
end

function response(status, headers, body)
   if body == '{"status":"ok"}' then return end -- a filler
   local now = now_s()
   answered = answered + 1
   last_answer = now
   statuses[status] = (statuses[status] or 0) + 1
   if status == 200 then
      table.insert(ok_times, now)
      local id = body:match('"id":"(inv_[%w_-]+)"')
      if id and sent_at[id] then
         table.insert(latencies, now - sent_at[id])
         sent_at[id] = nil
      else
         unmatched = unmatched + 1
      end
   end
   check_finished()
end

---------------------------------------------------------------- done (main state)

local function percentile(sorted, p)
   if #sorted == 0 then return 0 end
   local rank = math.max(1, math.ceil(p / 100 * #sorted))
   return sorted[math.min(rank, #sorted)]
end

function done(summary, latency, requests_stats)
   local totals, ids_total = {}, 0
   local sent_total, answered_total, fillers_total, unmatched_total = 0, 0, 0, 0
   local lat, oks = {}, {}
   local t0, t1 = nil, nil
   local unfinished = 0
   for _, thread in ipairs(threads) do
      ids_total = ids_total + #thread:get("ids")
      sent_total = sent_total + thread:get("sent")
      answered_total = answered_total + thread:get("answered")
      fillers_total = fillers_total + thread:get("fillers")
      unmatched_total = unmatched_total + thread:get("unmatched")
      if not thread:get("finished") then unfinished = unfinished + 1 end
      for status, count in pairs(thread:get("statuses")) do
         totals[status] = (totals[status] or 0) + count
      end
      for _, v in ipairs(thread:get("latencies")) do table.insert(lat, v) end
      for _, v in ipairs(thread:get("ok_times")) do table.insert(oks, v) end
      local first, last = thread:get("first_sent"), thread:get("last_answer")
      if first >= 0 and (t0 == nil or first < t0) then t0 = first end
      if last >= 0 and (t1 == nil or last > t1) then t1 = last end
   end
   table.sort(lat)
   table.sort(oks)

   local keys = {}
   for status in pairs(totals) do table.insert(keys, status) end
   table.sort(keys)
   local parts = {}
   for _, status in ipairs(keys) do table.insert(parts, status .. "=" .. totals[status]) end

   local ok = totals[200] or 0
   local window = (t0 and t1 and t1 > t0) and (t1 - t0) or 0
   local steady = 0
   if #oks >= 20 then
      local a, b = math.floor(#oks * 0.1), math.ceil(#oks * 0.9)
      if oks[b] > oks[a] then steady = (b - a) / (oks[b] - oks[a]) end
   end
   local t99 = (#oks > 0 and t0) and (oks[math.max(1, math.ceil(#oks * 0.99))] - t0) or 0
   local over1s = 0
   for _, v in ipairs(lat) do if v > 1 then over1s = over1s + 1 end end

   local e = summary.errors
   io.write(string.format(
      "BENCH withdraw ids=%d sent=%d answered=%d ok200=%d statuses=%s window_s=%.3f"
         .. " withdrawals_per_s=%.1f steady_per_s=%.1f t99_s=%.3f fillers=%d unmatched=%d"
         .. " unfinished_threads=%d sock_connect=%d sock_read=%d sock_write=%d sock_timeout=%d"
         .. " p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f over1s=%d\n",
      ids_total, sent_total, answered_total, ok, #parts > 0 and table.concat(parts, ",") or "none",
      window, window > 0 and ok / window or 0, steady, t99, fillers_total, unmatched_total,
      unfinished, e.connect, e.read, e.write, e.timeout,
      percentile(lat, 50) * 1000, percentile(lat, 90) * 1000, percentile(lat, 99) * 1000,
      (#lat > 0 and lat[#lat] or 0) * 1000, over1s))
end
