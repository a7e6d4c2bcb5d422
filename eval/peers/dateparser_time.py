"""Readings of dateparser on Duckling's Time corpora, for
`recoupe eval time DATA --peer dateparser=OUT.jsonl` (same scorer for both).

    python -m venv /tmp/peers && /tmp/peers/bin/pip install dateparser
    /tmp/peers/bin/python eval/peers/dateparser_time.py ../shared/data/time-numbers /tmp/dateparser_time.jsonl

Each text is read whole against Duckling's reference instant (Tuesday 2013-02-12 04:30), preferring
future dates as Duckling does. dateparser returns one datetime without a grain; the scorer gives it
the gold grain (a generous reading). dateparser is a peer, never a dependency.
"""
import datetime, json, sys, time

import dateparser

data, out = sys.argv[1], sys.argv[2]
ref = datetime.datetime(2013, 2, 12, 4, 30, 0)
n, t0 = 0, time.perf_counter()
with open(out, "w") as f:
    for code, lang in [("FR", "fr"), ("EN", "en")]:
        for line in open(f"{data}/duckling/Time_{code}.jsonl"):
            d = json.loads(line)
            try:
                v = dateparser.parse(
                    d["text"],
                    languages=[lang],
                    settings={"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "future"},
                )
            except Exception:  # a peer's crash is a miss, not ours to fix
                v = None
            n += 1
            f.write(json.dumps({"lang": code, "text": d["text"], "value": v.isoformat() if v else None}) + "\n")
print(f"{n} texts in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
