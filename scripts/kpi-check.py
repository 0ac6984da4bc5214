#!/usr/bin/env python3
"""Independent reference computation of contact-centre KPIs from a call-record CSV.

Standard library only. Second opinion for the Java implementation; not used by the build.

Usage:
  python3 scripts/kpi-check.py CALLS.csv [--answer-within 20] [--short-abandon 5]
                               [--repeat-window-days 7] [--interval-minutes 30]

All figures count inbound calls only (direction column optional, default inbound).
Times are naive local ISO date-times. Floats are printed with repr, counts as ints,
undefined ratios/means (zero denominator) as None.
"""
import argparse
import bisect
import csv
import math
import sys
from collections import defaultdict
from datetime import datetime, timedelta

OFFERED = ("answered", "abandoned", "voicemail")
OUTCOMES = OFFERED + ("blocked",)


def secs(a, b):
    """b - a in seconds; int when whole, else float."""
    d = b - a
    s = d.days * 86400 + d.seconds
    if d.microseconds:
        return s + d.microseconds / 1e6
    return s


def num(v):
    """Parse an optional seconds field (int when integral)."""
    v = (v or "").strip()
    if not v:
        return 0
    f = float(v)
    return int(f) if f.is_integer() else f


def ratio(n, d):
    return None if d == 0 else n / d


def mean(xs):
    return None if not xs else math.fsum(xs) / len(xs)


class Call:
    __slots__ = ("call_id", "queue", "arrived", "answered", "ended", "outcome",
                 "agent", "wrap", "customer", "inbound", "wait", "handle", "line")


def load(path, anomalies):
    calls = []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rd = csv.DictReader(fh)
        cols = {c.strip().lower(): c for c in (rd.fieldnames or [])}
        for need in ("call_id", "arrived", "ended", "outcome"):
            if need not in cols:
                sys.exit("missing column: " + need)

        def get(row, name):
            c = cols.get(name)
            if c is None:
                return ""
            v = row.get(c)
            return (v or "").strip()

        for lineno, row in enumerate(rd, start=2):
            c = Call()
            c.line = lineno
            c.call_id = get(row, "call_id")
            c.queue = get(row, "queue") or "main"
            c.arrived = datetime.fromisoformat(get(row, "arrived"))
            ans = get(row, "answered")
            c.answered = datetime.fromisoformat(ans) if ans else None
            end = get(row, "ended")
            c.ended = datetime.fromisoformat(end) if end else None
            c.outcome = get(row, "outcome").lower()
            if c.outcome not in OUTCOMES:
                sys.exit("line %d: unknown outcome %r" % (lineno, c.outcome))
            c.agent = get(row, "agent")
            c.wrap = num(get(row, "wrap"))
            c.customer = get(row, "customer")
            d = get(row, "direction").lower()
            if d not in ("", "inbound", "outbound"):
                sys.exit("line %d: unknown direction %r" % (lineno, d))
            c.inbound = d != "outbound"
            c.wait = None
            c.handle = None
            if c.outcome == "answered":
                if c.answered is None or c.ended is None:
                    sys.exit("line %d: answered call without answered/ended time" % lineno)
                raw = secs(c.arrived, c.answered)
                if raw < 0:
                    anomalies["answered_before_arrived"].append((c.call_id, raw))
                if raw < -120:
                    anomalies["answered_before_arrived_gt120"].append((c.call_id, raw))
                c.wait = max(0, raw)
                c.handle = secs(c.answered, c.ended) + c.wrap
                if c.ended < c.answered:
                    anomalies["ended_before_answered"].append((c.call_id, secs(c.answered, c.ended)))
            elif c.outcome in ("abandoned", "voicemail"):
                if c.ended is None:
                    sys.exit("line %d: %s call without ended time" % (lineno, c.outcome))
                c.wait = secs(c.arrived, c.ended)
                if c.answered is not None:
                    anomalies["not_answered_but_answered_time"].append((c.call_id, c.outcome))
            if c.ended is not None and c.ended < c.arrived:
                anomalies["ended_before_arrived"].append((c.call_id, secs(c.arrived, c.ended)))
            calls.append(c)
    return calls


def fcr_index(inbound_calls):
    """customer -> sorted list of arrival datetimes of offered inbound calls."""
    idx = defaultdict(list)
    for c in inbound_calls:
        if c.customer and c.outcome in OFFERED:
            idx[c.customer].append(c.arrived)
    for v in idx.values():
        v.sort()
    return idx


def fcr(calls, idx, last_arrival, window):
    """(resolved, judged) over the answered calls with known customer in `calls`."""
    judged = resolved = 0
    for c in calls:
        if c.outcome != "answered" or not c.customer:
            continue
        limit = c.arrived + window
        if limit > last_arrival:
            continue
        judged += 1
        arr = idx[c.customer]
        lo = bisect.bisect_right(arr, c.arrived)      # strictly after
        hi = bisect.bisect_right(arr, limit)          # <= arrival + window
        if hi <= lo:
            resolved += 1
    return resolved, judged


def kpis(calls, T, short, idx=None, last_arrival=None, window=None):
    ans = [c for c in calls if c.outcome == "answered"]
    aba = [c for c in calls if c.outcome == "abandoned"]
    vm = [c for c in calls if c.outcome == "voicemail"]
    blk = [c for c in calls if c.outcome == "blocked"]
    offered = len(ans) + len(aba) + len(vm)
    within = sum(1 for c in ans if c.wait <= T)
    aba_within = sum(1 for c in aba if c.wait <= T)
    short_ab = sum(1 for c in aba if c.wait < short)
    waits_off = [c.wait for c in calls if c.outcome in OFFERED]
    r = [
        ("calls", len(calls)),
        ("offered", offered),
        ("answered", len(ans)),
        ("abandoned", len(aba)),
        ("voicemail", len(vm)),
        ("blocked", len(blk)),
        ("answered_within", within),
        ("abandoned_within_T", aba_within),
        ("short_abandoned", short_ab),
        ("service_level_offered", ratio(within, offered)),
        ("service_level_answered", ratio(within, len(ans))),
        ("service_level_excl_short_abandons", ratio(within, offered - aba_within)),
        ("abandon_rate", ratio(len(aba), offered)),
        ("asa", mean([c.wait for c in ans])),
        ("aht", mean([c.handle for c in ans])),
        ("avg_abandon_wait", mean([c.wait for c in aba])),
        ("max_wait", max(waits_off) if waits_off else None),
    ]
    if idx is not None:
        res, jud = fcr(calls, idx, last_arrival, window)
        r += [("fcr_resolved", res), ("fcr_judged", jud), ("fcr", ratio(res, jud))]
    return r


def fmt(v):
    if isinstance(v, float):
        return repr(v)
    return str(v)


def print_block(title, rows, out):
    out.append(title)
    for k, v in rows:
        out.append("  %-34s %s" % (k, fmt(v)))


def patience(calls):
    off = [c for c in calls if c.outcome in OFFERED]
    waits = sorted(c.wait for c in off)
    events = defaultdict(int)
    for c in off:
        if c.outcome == "abandoned":
            events[c.wait] += 1
    curve = []
    s = 1.0
    median = None
    for t in sorted(events):
        n = len(waits) - bisect.bisect_left(waits, t)   # wait >= t
        d = events[t]
        s = s * (1.0 - d / n)
        curve.append((t, s, n, d))
        if median is None and s <= 0.5:
            median = t
    total_wait = math.fsum(waits) if waits else 0
    if float(total_wait).is_integer() and all(isinstance(w, int) for w in waits):
        total_wait = int(total_wait)
    n_ab = sum(events.values())
    exp_mean = None if n_ab == 0 else total_wait / n_ab
    return median, exp_mean, total_wait, n_ab, curve


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--answer-within", type=float, default=20)
    ap.add_argument("--short-abandon", type=float, default=5)
    ap.add_argument("--repeat-window-days", type=float, default=7)
    ap.add_argument("--interval-minutes", type=int, default=30)
    a = ap.parse_args(argv)
    T = int(a.answer_within) if float(a.answer_within).is_integer() else a.answer_within
    short = int(a.short_abandon) if float(a.short_abandon).is_integer() else a.short_abandon
    window = timedelta(seconds=a.repeat_window_days * 86400)

    anomalies = defaultdict(list)
    allcalls = load(a.csv, anomalies)
    calls = [c for c in allcalls if c.inbound]
    # "last arrival of any call in the file": all rows, whatever direction/outcome
    last_arrival = max(c.arrived for c in allcalls)
    idx = fcr_index(calls)

    out = []
    out.append("file %s" % a.csv)
    out.append("params answer_within=%s short_abandon=%s repeat_window_days=%s interval_minutes=%d"
               % (fmt(T), fmt(short), fmt(a.repeat_window_days), a.interval_minutes))
    out.append("rows %d inbound %d outbound_skipped %d first_arrival %s last_arrival %s"
               % (len(allcalls), len(calls), len(allcalls) - len(calls),
                  min(c.arrived for c in allcalls).isoformat(), last_arrival.isoformat()))
    out.append("")
    print_block("TOTALS", kpis(calls, T, short, idx, last_arrival, window), out)

    byq = defaultdict(list)
    for c in calls:
        byq[c.queue].append(c)
    for q in sorted(byq):
        out.append("")
        print_block("QUEUE %s" % q, kpis(byq[q], T, short, idx, last_arrival, window), out)

    # agents
    ag = defaultdict(list)
    for c in calls:
        if c.outcome == "answered":
            ag[c.agent].append(c.handle)
    out.append("")
    out.append("AGENTS (%d agents; top 5 by handled, ties by name)" % len(ag))
    for name, hs in sorted(ag.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:5]:
        out.append("  %-12s handled %d aht %s" % (name or "(empty)", len(hs), fmt(mean(hs))))

    # intervals
    step = a.interval_minutes
    byi = defaultdict(list)
    for c in calls:
        mins = c.arrived.hour * 60 + c.arrived.minute
        start = c.arrived.replace(hour=0, minute=0, second=0, microsecond=0) + \
            timedelta(minutes=(mins // step) * step)
        byi[start].append(c)
    out.append("")
    out.append("INTERVALS (%d rows with any inbound call; first 5, queue=all)" % len(byi))
    keys = ("offered", "answered", "abandoned", "voicemail", "blocked", "answered_within",
            "service_level_offered", "abandon_rate", "asa", "aht")
    for start in sorted(byi)[:5]:
        d = dict(kpis(byi[start], T, short))
        out.append("  " + start.isoformat() + " " + " ".join("%s=%s" % (k, fmt(d[k])) for k in keys))

    # patience
    median, exp_mean, total_wait, n_ab, curve = patience(calls)
    out.append("")
    out.append("PATIENCE (Kaplan-Meier over offered inbound calls)")
    out.append("  km_median                          %s" % fmt(median))
    out.append("  exp_mean_patience                  %s   (total_wait %s / abandoned %d)"
               % (fmt(exp_mean), fmt(total_wait), n_ab))
    out.append("  event_times                        %d" % len(curve))
    out.append("  %8s %-22s %8s %9s" % ("seconds", "survival", "at_risk", "abandoned"))
    for t, s, n, d in curve[:10]:
        out.append("  %8s %-22s %8d %9d" % (fmt(t), fmt(s), n, d))

    # data checks
    out.append("")
    out.append("DATA CHECKS")
    for k in ("answered_before_arrived", "answered_before_arrived_gt120", "ended_before_answered",
              "ended_before_arrived", "not_answered_but_answered_time"):
        lst = anomalies.get(k, [])
        out.append("  %-32s %d %s" % (k, len(lst), " ".join("%s(%s)" % (i, fmt(v)) for i, v in lst[:5])))
    if anomalies.get("answered_before_arrived"):
        worst = min(v for _, v in anomalies["answered_before_arrived"])
        out.append("  most negative answered-arrived    %s" % fmt(worst))
    ids = defaultdict(int)
    for c in allcalls:
        ids[c.call_id] += 1
    out.append("  duplicate_call_ids                 %d" % sum(1 for v in ids.values() if v > 1))
    print("\n".join(out))


if __name__ == "__main__":
    main()
