-- Feedback filed through the JSON API as anonymous visitors of the web form or the mobile app would: every request
-- carries a new Idempotency-Key and a different phone, so each one creates an item. BENCH_BODY is a JSON template
-- in which PHONE is replaced per request.
local body_file = os.getenv("BENCH_BODY") or "/tmp/egov-bench/feedback.json"
local template
local counter = 0
local thread_tag

-- seeded from the clock, so that a second run (after a warm-up) does not repeat the first one's keys
math.randomseed(os.time())

function setup(thread)
  thread:set("tag", tostring(math.random(1, 2^31)))
end

function init(args)
  local f = assert(io.open(body_file, "r"))
  template = f:read("*a")
  f:close()
  thread_tag = tag or tostring(math.random(1, 2^31))
end

function request()
  counter = counter + 1
  local phone = string.format("09%08d", (tonumber(thread_tag) * 7 + counter) % 100000000)
  local headers = {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. thread_tag .. "-" .. counter,
  }
  return wrk.format("POST", "/api/v1/feedback", headers, (template:gsub("PHONE", phone)))
end

local failures = 0
function response(status, headers, resp_body)
  if status ~= 201 and failures < 5 then
    failures = failures + 1
    io.stderr:write("unexpected status " .. status .. ": " .. resp_body:sub(1, 300) .. "\n")
  end
end
