"""Signed venue and personal codes for the check-in benchmark, computed from the signing keys as the server does
(docs/health/intake.md): V1.<venue>.<version>.<sig> and P1.<ref>.<version>.<expiry>.<sig>, sig = base64url without
padding of the first 16 bytes of HMAC-SHA256 over the text before the last dot. Also writes device batch bodies.

usage: health_codes.py codes KEYS_FILE VENUES PEOPLE OUT_DIR
       health_codes.py batches OUT_DIR COUNT ROWS
KEYS_FILE holds lines purpose|version|base64 secret (current keys).
"""
import base64
import hashlib
import hmac
import json
import random
import sys
import time
from datetime import datetime, timedelta, timezone


def sign(secret, body):
    mac = hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")


def codes(keys_file, venues, people, out):
    keys = {}
    for line in open(keys_file):
        purpose, version, secret = line.strip().split("|")
        if purpose not in keys or int(version) > keys[purpose][0]:
            keys[purpose] = (int(version), base64.b64decode(secret))
    vv, vs = keys["VENUE"]
    pv, ps = keys["PERSON"]
    expiry = int(time.time()) + 86400
    with open(f"{out}/venues.txt", "w") as f:
        for i in range(1, venues + 1):
            body = f"V1.BV{i:08d}.{vv}"
            f.write(f"{body}.{sign(vs, body)}\n")
    with open(f"{out}/people.txt", "w") as f:
        for i in range(1, people + 1):
            body = f"P1.BP{i:08d}.{pv}.{expiry}"
            f.write(f"{body}.{sign(ps, body)}\n")


def batches(out, count, rows):
    venues = open(f"{out}/venues.txt").read().split()
    people = open(f"{out}/people.txt").read().split()
    rnd = random.Random(5)
    run = random.SystemRandom().getrandbits(32)  # a new device per batch and per run: nothing is a repeat
    now = datetime.now(timezone.utc)
    for b in range(count):
        check_ins = []
        for r in range(rows):
            at = now - timedelta(seconds=rnd.randint(60, 6 * 3600))
            check_ins.append({"id": f"r{r}", "venueCode": rnd.choice(venues), "personCode": rnd.choice(people),
                              "checkedInAt": at.strftime("%Y-%m-%dT%H:%M:%SZ")})
        body = {"deviceId": f"bench-{run:08x}-{b}", "checkIns": check_ins}
        with open(f"{out}/batch-{b}.json", "w") as f:
            json.dump(body, f, separators=(",", ":"))


if __name__ == "__main__":
    if sys.argv[1] == "codes":
        codes(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    else:
        batches(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
