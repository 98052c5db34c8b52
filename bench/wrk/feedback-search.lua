-- Searches of the public page's API, rotating over queries typed without accents, with accents, by field and by
-- area, common and rare words (the vocabulary of bench/sql/seed-feedback.sql), so that the database answers
-- different plans rather than one cached result. BENCH_PATH is the search URL.
local path = os.getenv("BENCH_PATH") or "/api/v1/feedback/public"
local queries = {
  "q=rac%20thai", "q=r%C3%A1c%20th%E1%BA%A3i", "q=phan%20anh", "q=ngap%20kenh", "q=o%20ga%20via%20he",
  "q=lua%20dao&field=AN-NINH-TRAT-TU", "field=AN-TOAN-GIAO-THONG", "unit=31117", "q=karaoke&unit=31204",
  "q=hiemgap", "", "q=benh%20vien%20thuoc", "q=m%E1%BA%A5t%20%C4%91i%E1%BB%87n", "q=hiemcoi&field=Y-TE",
}
local i = 0

function request()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  return wrk.format("GET", path .. (q == "" and "" or "?" .. q))
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
