"""Clients of the check-in benchmark (bench/health-checkins.sh).

batches BASE TOKEN DIR COUNT THREADS: posts DIR/batch-0.json .. batch-(COUNT-1).json on THREADS connections and
    prints "rows accepted duplicates refused seconds".
ack BASE TOKEN DIR THREADS OUT: posts single check-ins on THREADS connections until the server goes away, and writes
    the id of every acknowledged check-in (201) to OUT, one per line; prints "acknowledged N, failed M".
"""
import http.client
import json
import random
import sys
import threading
import time
from urllib.parse import urlparse


def connect(base):
    u = urlparse(base)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=30)


def batches(base, token, folder, count, threads):
    files = [f"{folder}/batch-{i}.json" for i in range(count)]
    totals = {"rows": 0, "accepted": 0, "duplicates": 0, "refused": 0}
    lock = threading.Lock()
    bodies = [open(f, "rb").read() for f in files]

    def work(mine):
        conn = connect(base)
        for body in mine:
            conn.request("POST", "/api/v1/health/check-ins", body,
                         {"Content-Type": "application/json", "Authorization": "Bearer " + token})
            resp = conn.getresponse()
            answer = json.loads(resp.read())
            if resp.status != 200:
                raise SystemExit(f"batch refused: {resp.status} {answer}")
            with lock:
                totals["rows"] += answer["accepted"] + answer["duplicates"] + len(answer["refused"])
                totals["accepted"] += answer["accepted"]
                totals["duplicates"] += answer["duplicates"]
                totals["refused"] += len(answer["refused"])

    start = time.monotonic()
    workers = [threading.Thread(target=work, args=(bodies[i::threads],)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.monotonic() - start
    print(totals["rows"], totals["accepted"], totals["duplicates"], totals["refused"], f"{elapsed:.3f}")


def acknowledged(base, token, folder, threads, out):
    venues = open(f"{folder}/venues.txt").read().split()
    people = open(f"{folder}/people.txt").read().split()
    acked, failed = [], [0]
    lock = threading.Lock()

    def work(seed):
        rnd = random.Random(seed)
        conn = connect(base)
        mine = []
        errors = 0
        while errors < 3:
            body = json.dumps({"venueCode": rnd.choice(venues), "personCode": rnd.choice(people)})
            try:
                conn.request("POST", "/api/v1/health/check-ins", body,
                             {"Content-Type": "application/json", "Authorization": "Bearer " + token})
                resp = conn.getresponse()
                answer = resp.read()
                if resp.status == 201:
                    mine.append(json.loads(answer)["id"])
                else:
                    with lock:
                        failed[0] += 1
            except (OSError, http.client.HTTPException):
                # The server died mid-request: this one was never acknowledged. Try a few times, then stop.
                errors += 1
                with lock:
                    failed[0] += 1
                time.sleep(0.2)
                conn = connect(base)
        with lock:
            acked.extend(mine)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    with open(out, "w") as f:
        f.write("\n".join(acked) + ("\n" if acked else ""))
    print(f"acknowledged {len(acked)}, failed {failed[0]}")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "batches":
        batches(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
    else:
        acknowledged(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6])
