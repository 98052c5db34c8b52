-- Public status lookups of random dossiers: each request picks a (code, phone) pair from the sample file
-- exported after seeding, so the database answers from all over the table rather than from one cached row.
local pairs_file = os.getenv("BENCH_PAIRS") or "/tmp/egov-bench/pairs.txt"
local codes, phones = {}, {}

function init(args)
  for line in io.lines(pairs_file) do
    local code, phone = line:match("^(%S+)%s+(%S+)$")
    if code then
      codes[#codes + 1] = code
      phones[#phones + 1] = phone
    end
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local i = math.random(#codes)
  return wrk.format("GET", "/api/v1/dossiers/" .. codes[i] .. "/status?phone=" .. phones[i])
end

function response(status)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
