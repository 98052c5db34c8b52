-- Online submissions without files through the JSON API, as the demo citizen with a bearer token (as a mobile app
-- with a VNeID token would): every request carries a new Idempotency-Key, so each one creates a dossier.
local token = os.getenv("BENCH_TOKEN")
local procedure = os.getenv("BENCH_PROCEDURE")
local body_file = os.getenv("BENCH_BODY") or "/tmp/egov-bench/submit.json"
local body
local counter = 0
local thread_tag

function setup(thread)
  thread:set("tag", tostring(math.random(1, 2^31)))
end

function init(args)
  local f = assert(io.open(body_file, "r"))
  body = f:read("*a")
  f:close()
  thread_tag = tag or tostring(math.random(1, 2^31))
end

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = "bench-" .. thread_tag .. "-" .. counter,
  }
  return wrk.format("POST", "/api/v1/dossiers", headers, body)
end

local failures = 0
function response(status, headers, resp_body)
  if status ~= 201 and failures < 5 then
    failures = failures + 1
    io.stderr:write("unexpected status " .. status .. ": " .. resp_body:sub(1, 300) .. "\n")
  end
end
