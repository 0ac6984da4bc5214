#!/usr/bin/env python3
"""Write examples/data/calls-sample.csv: a FICTIONAL ACD call log (wfm's call-record CSV, docs/formats.md).

Fictional sample data, simulated; no real centre, caller or agent. Two queues, `service` (~70 %) and
`sales`, three weeks from Monday 2026-01-05 to Sunday 2026-01-25, open 08:00-20:00 on weekdays and
09:00-17:00 on Saturday, closed on Sunday. Arrivals: non-homogeneous Poisson (thinning) with a morning
peak about 10:30 and a smaller one about 14:30, Mondays heaviest, plus one unplanned 10-minute burst on
service (Thursday 2026-01-15 10:40). Talk lognormal (CV 0.8), wrap 0-60 s, exponential patience (mean
120 s). Each queue is an event-driven FIFO simulation of its own agents (A01-A20 service, A21-A30
sales) on 4-8 h shifts sized by square-root staffing of the planned load; a caller still waiting after
240 s goes to voicemail, one arriving while more than 15 wait is blocked. About 40 % of calls come from
known customers K00001-K03000 (some call again within days; priority 1 = the first 300, recorded only,
routing is FIFO). About a third of answered calls carry an answer stamp 1-2 s before the arrival
(clock skew between systems). Rows in arrival order. Fixed seed: every run writes the same bytes.

Usage: python3 scripts/sample-calls.py [--output examples/data/calls-sample.csv] [--seed 2026]
"""
import argparse
import csv
import heapq
import math
import os
import random
from collections import deque
from datetime import date, datetime, timedelta

FIRST, DAYS = date(2026, 1, 5), 21
HOURS = {0: (8, 20), 1: (8, 20), 2: (8, 20), 3: (8, 20), 4: (8, 20), 5: (9, 17)}  # by weekday; Sunday shut
DAY_FACTOR = {0: 1.18, 1: 1.05, 2: 1.0, 3: 0.97, 4: 0.93, 5: 0.45}  # times BASE
BASE = 700  # planned offered calls, both queues, on an average weekday
QUEUES = (  # name, share of calls, mean talk (s), agents
    ("service", 0.7, 240, ["A%02d" % i for i in range(1, 21)]),
    ("sales", 0.3, 300, ["A%02d" % i for i in range(21, 31)]),
)
CV, WRAP_MAX, PATIENCE, VOICEMAIL_AFTER, MAX_WAITING = 0.8, 60, 120, 240, 15
BETA, HALF, MIN_SHIFT, MAX_SHIFT = 0.8, 1800, 8, 16  # sqrt-staffing factor; half-hour (s); shifts in halves
CUSTOMERS, KNOWN, REPEAT, GOLD, SKEW = 3000, 0.4, 0.2, 300, 0.38
INCIDENT = (date(2026, 1, 15), 0, 38400, 39000, 140)  # day, queue, 10:40-10:50 in s, extra calls
SHAPE_MAX = 1.85  # upper bound of shape()
FIELDS = "call_id,queue,arrived,answered,ended,outcome,agent,wrap,customer,priority".split(",")


def shape(h):
    """Relative arrival rate at hour h of the day: peaks about 10:30 and (smaller) 14:30."""
    return 0.25 + math.exp(-((h - 10.5) / 1.4) ** 2) + 0.6 * math.exp(-((h - 14.5) / 1.6) ** 2)


def requirement(calls_per_half, talk):
    """Square-root staffing: agents = offered load + BETA * sqrt(load), at least two."""
    a = calls_per_half * (talk + WRAP_MAX / 2) / HALF
    return max(2, math.ceil(a + BETA * math.sqrt(a)))


def shifts(req):
    """Shifts (start, end) covering the agents required per half-hour: an agent starts when the queue is
    short of agents and goes home after MAX_SHIFT half-hours, or after MIN_SHIFT when no longer needed."""
    on, out = [], []
    for i, r in enumerate(req):
        for s in list(on):  # earliest start first
            if i - s >= MAX_SHIFT or (i - s >= MIN_SHIFT and len(on) > r):
                on.remove(s)
                out.append((s, i))
        on += [i] * (r - len(on))
    return out + [(s, len(req)) for s in on]


def simulate(calls, agents, close):
    """Event-driven FIFO queue for one queue and day. agents: (name, on, off), times in s from midnight."""
    ev, seq, idle, waiting, off = [], [0], {}, deque(), {name: e for name, _, e in agents}

    def push(t, kind, x):  # same second: 0 caller leaves, 1 agent free, 2 on duty, 3 off duty, 4 arrival
        heapq.heappush(ev, (t, kind, seq[0], x))
        seq[0] += 1

    def answer(c, name, now):
        c.update(outcome="answered", answered=now, agent=name, ended=now + c["talk"])
        push(c["ended"] + c["wrap"], 1, name)

    for c in calls:
        push(c["arrived"], 4, c)
    for name, s, e in agents:
        push(s, 2, name)
        push(e, 3, name)
    while ev:
        now, kind, _, x = heapq.heappop(ev)
        if kind == 4 and idle:  # an agent is free: the one idle longest answers
            name = min(idle, key=lambda n: (idle[n], n))
            del idle[name]
            answer(x, name, now)
        elif kind == 4 and len(waiting) > MAX_WAITING:
            x.update(outcome="blocked", ended=now)
        elif kind == 4:
            waiting.append(x)
            push(now + min(x["patience"], VOICEMAIL_AFTER), 0, x)
        elif kind == 0 and x["outcome"] is None:  # still waiting: hangs up or goes to voicemail
            waiting.remove(x)
            x.update(outcome="abandoned" if x["patience"] < VOICEMAIL_AFTER else "voicemail", ended=now)
        elif kind in (1, 2):  # agent free; after the shift only to clear the queue at closing
            if now >= off[x] and not (waiting and off[x] >= close):
                continue
            if waiting:
                answer(waiting.popleft(), x, now)
            else:
                idle[x] = now
        elif kind == 3:
            idle.pop(x, None)


def generate(seed):
    rng, rows, recent = random.Random(seed), [], []
    sigma = math.sqrt(math.log(1 + CV * CV))
    for d in range(DAYS):
        day = FIRST + timedelta(days=d)
        if day.weekday() not in HOURS:
            continue
        o, c = HOURS[day.weekday()]
        planned = BASE * DAY_FACTOR[day.weekday()]
        norm = 60 * sum(shape(o + (m + 0.5) / 60) for m in range((c - o) * 60))  # shape integrated over s
        volume = planned * rng.gauss(1, 0.05)  # the day's real volume differs from the plan
        recent = [r for r in recent if r[0] >= d - 3]
        t, times, calls = o * 3600.0, [], []
        while True:  # thinning: candidates at the peak rate, kept with probability rate(t) / peak
            t += rng.expovariate(volume * SHAPE_MAX / norm)
            if t >= c * 3600:
                break
            if rng.random() * SHAPE_MAX < shape(t / 3600):
                times.append((int(t), 0 if rng.random() < QUEUES[0][1] else 1))
        if day == INCIDENT[0]:  # a burst on one queue, never planned for
            t = INCIDENT[2]
            while (t := t + rng.expovariate(INCIDENT[4] / (INCIDENT[3] - INCIDENT[2]))) < INCIDENT[3]:
                times.append((int(t), INCIDENT[1]))
        for t, q in sorted(times):
            cust = None
            if rng.random() < KNOWN:  # a known customer, some of them calling again
                again = recent and rng.random() < REPEAT
                cust = rng.choice(recent)[1] if again else rng.randint(1, CUSTOMERS)
                recent.append((d, cust))
            talk = QUEUES[q][2]
            mu = math.log(talk) - sigma * sigma / 2  # lognormal with mean `talk`
            calls.append(dict(id=len(rows) + len(calls) + 1, day=day, queue=q, arrived=t, answered=None,
                              outcome=None, agent="", talk=max(5, round(rng.lognormvariate(mu, sigma))),
                              wrap=rng.randint(0, WRAP_MAX), patience=round(rng.expovariate(1 / PATIENCE)),
                              customer=cust))
        halves = [60 * sum(shape(o + k / 2 + (m + 0.5) / 60) for m in range(30)) / norm  # share of the day's
                  for k in range((c - o) * 2)]                                         # calls per half-hour
        for q, (name, share, talk, pool) in enumerate(QUEUES):
            sh = shifts([requirement(planned * share * f, talk) for f in halves])
            assert len(sh) <= len(pool), (day, name, len(sh))
            agents = [(pool[(j + 7 * d) % len(pool)], o * 3600 + s * HALF, o * 3600 + e * HALF)
                      for j, (s, e) in enumerate(sh)]
            simulate([x for x in calls if x["queue"] == q], agents, c * 3600)
        for x in calls:  # clock skew on some calls answered at once
            if x["answered"] == x["arrived"] and rng.random() < SKEW:
                x["answered"] -= rng.choice((1, 2))
        assert all(x["outcome"] for x in calls)
        rows.extend(calls)
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "data", "calls-sample.csv")
    ap.add_argument("--output", default=os.path.relpath(default))
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rows = generate(args.seed)

    def stamp(day, s):
        return "" if s is None else (datetime(day.year, day.month, day.day) + timedelta(seconds=s)).strftime(
            "%Y-%m-%dT%H:%M:%S")

    os.makedirs(os.path.dirname(args.output) or ".", exist_ok=True)
    with open(args.output, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(FIELDS)
        for x in rows:
            answered = x["outcome"] == "answered"
            w.writerow(["C%06d" % x["id"], QUEUES[x["queue"]][0], stamp(x["day"], x["arrived"]),
                        stamp(x["day"], x["answered"]), stamp(x["day"], x["ended"]), x["outcome"],
                        x["agent"], x["wrap"] if answered else "",
                        "" if x["customer"] is None else "K%05d" % x["customer"],
                        1 if x["customer"] is not None and x["customer"] <= GOLD else 0])
    print("wrote %d calls to %s" % (len(rows), args.output))


if __name__ == "__main__":
    main()
