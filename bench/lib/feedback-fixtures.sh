# Data the feedback benchmarks need, sourced by bench/feedback.sh.

write_feedback_body() { # file: one web-form item (PHONE is replaced per request by the wrk script)
  cat >"$1" <<'JSON'
{"channel":"WEB","title":"Rác thải ùn ứ tại hẻm 51 đường 3 Tháng 2 (benchmark)",
 "description":"Rác thải sinh hoạt ùn ứ nhiều ngày chưa được thu gom, gây mùi hôi (dữ liệu benchmark).",
 "fieldCode":"VE-SINH-MOI-TRUONG",
 "location":{"latitude":10.0342,"longitude":105.7683,"address":"Hẻm 51 đường 3 Tháng 2, Cần Thơ","unitCode":"31117"},
 "reporter":{"name":"Người phản ánh benchmark","phone":"PHONE"},
 "attributes":{"loai":["rac-thai"]},"publicAllowed":true}
JSON
}
