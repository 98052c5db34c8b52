-- Single check-ins as checkpoint staff scanning personal codes (STAFF_SCAN) with a bearer token: each request a
-- random venue code and personal code from the pools written by bench/lib/health_codes.py; 201 only once committed.
local token = os.getenv("BENCH_TOKEN")
local dir = os.getenv("BENCH_CODES") or "/tmp/egov-bench"
local venues, people = {}, {}

local function lines(path, into)
  for line in io.lines(path) do
    into[#into + 1] = line
  end
end

function setup(thread)
  thread:set("seed", math.random(1, 2^31))
end

function init(args)
  lines(dir .. "/venues.txt", venues)
  lines(dir .. "/people.txt", people)
  math.randomseed(seed or os.time())
end

local headers = { ["Content-Type"] = "application/json" }

function request()
  headers["Authorization"] = "Bearer " .. token
  local body = '{"venueCode":"' .. venues[math.random(#venues)] .. '","personCode":"'
    .. people[math.random(#people)] .. '"}'
  return wrk.format("POST", "/api/v1/health/check-ins", headers, body)
end

local failures = 0
function response(status, hdrs, resp_body)
  if status ~= 201 and failures < 5 then
    failures = failures + 1
    io.stderr:write("unexpected status " .. status .. ": " .. resp_body:sub(1, 300) .. "\n")
  end
end
