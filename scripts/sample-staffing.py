#!/usr/bin/env python3
"""Writes examples/data/staffing-sample.csv: fictional agents on the phones per half hour and group (service, sales)
for the days of examples/data/calls-sample.csv, for `wfm simulate --calls ... --routing ...` in the README. Each
group gets the agents its queue's calls kept busy in the half hour (talk and wrap over 1800 s, rounded up) plus one.
Usage: python3 scripts/sample-staffing.py [calls.csv] [staffing.csv]"""
import csv
import math
import sys
from collections import defaultdict
from datetime import datetime, timedelta

calls = sys.argv[1] if len(sys.argv) > 1 else "examples/data/calls-sample.csv"
out = sys.argv[2] if len(sys.argv) > 2 else "examples/data/staffing-sample.csv"
STEP = 1800
busy = defaultdict(float)  # (slot start, queue) -> busy seconds
slots = set()
with open(calls, newline="") as f:
    for row in csv.DictReader(f):
        arrived = datetime.fromisoformat(row["arrived"])
        day_start = arrived.replace(hour=0, minute=0, second=0)
        slots.add(day_start + timedelta(seconds=(arrived - day_start).seconds // STEP * STEP))
        if row["outcome"] != "answered":
            continue
        start = datetime.fromisoformat(row["answered"])
        end = datetime.fromisoformat(row["ended"]) + timedelta(seconds=float(row["wrap"] or 0))
        t = start.replace(minute=start.minute // 30 * 30, second=0)
        while t < end:
            overlap = (min(end, t + timedelta(seconds=STEP)) - max(start, t)).total_seconds()
            busy[(t, row["queue"])] += max(0.0, overlap)
            slots.add(t)
            t += timedelta(seconds=STEP)
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["start", "agents", "group"])
    for t in sorted(slots):
        for group in ("sales", "service"):
            w.writerow([t.strftime("%Y-%m-%dT%H:%M"), math.ceil(busy[(t, group)] / STEP - 1e-9) + 1, group])
print("wrote", out)
