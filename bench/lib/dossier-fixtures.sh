# Data the dossier benchmarks need, sourced by bench/dossiers.sh (which defines psql_egov and curl's base URL).

seed_dossiers() { # n
  psql_egov -v n="$1" -f bench/sql/seed-dossiers.sql >/dev/null
}

write_pairs() { # how many, file: random (code, phone) pairs of seeded dossiers for the lookup load
  psql_egov -At -F ' ' -c "SELECT code, applicant_phone FROM dossier TABLESAMPLE SYSTEM (5)
      WHERE idempotency_key LIKE 'seed-%' LIMIT $1" >"$2"
  echo "lookup sample: $(wc -l <"$2") dossiers"
}

write_submission() { # base URL, admin token, file: a full-online procedure whose documents are all optional
  # (created through the catalogue API, in the benchmark's throwaway database only) and one application for it
  local base=$1 admin=$2 file=$3
  curl -fsS -o /dev/null -X POST "$base/api/v1/procedures" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' --data @- <<'JSON'
{"code":"BENCH-001","nameVi":"Thủ tục dùng cho benchmark","nameEn":"Benchmark procedure",
 "fieldCode":"XUAT-NHAP-CANH","level":"CITY","agencyCode":"CA-XNC",
 "timeLimit":{"kind":"WORKING_DAYS","workingDays":5},
 "fee":{"kind":"FIXED","amount":50000,"onlineAmount":25000},
 "onlineMode":"FULL","resultForm":"ELECTRONIC","deliveries":["COUNTER","POST"],
 "documents":[{"code":"giay-to","nameVi":"Giấy tờ kèm theo (nếu có)","nameEn":"Supporting paper (if any)",
   "form":"COPY","copies":1,"mandatory":false}],
 "formFields":[{"key":"fullName","labelVi":"Họ và tên","labelEn":"Full name","type":"TEXT","required":true,
   "maxLength":100},
  {"key":"reason","labelVi":"Nội dung đề nghị","labelEn":"Request","type":"TEXTAREA","required":true,
   "maxLength":500}],
 "notes":"Benchmark only"}
JSON
  cat >"$file" <<'JSON'
{"procedureCode":"BENCH-001",
 "applicant":{"fullName":"Nguyễn Văn An","citizenId":"092095001234","phone":"0901234567",
   "email":"citizen@demo.egov.cantho.gov.vn","address":"Phường Cái Khế, TP Cần Thơ"},
 "formValues":{"fullName":"Nguyễn Văn An","reason":"Đề nghị cấp giấy xác nhận (benchmark)"},
 "documents":[],"delivery":"COUNTER","language":"vi"}
JSON
}
