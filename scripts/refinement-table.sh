#!/usr/bin/env bash
# Regenerates the table "Staffing refined by simulation" in wfm-core/SIMULATION.md: the sample call log's two queues
# (examples/data/calls-sample.csv) -> history -> forecast of a week -> each queue staffed alone for 80 % in 20 s with
# the log's patience -> refined by simulation under three routings; each refined staffing is then simulated with
# another seed (2) and the queue-intervals below 80 % are counted (simulated service level: mean over replications).
# Usage: scripts/refinement-table.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./wfm kpi --calls examples/data/calls-sample.csv --history "$work/history.csv" > /dev/null
./wfm forecast --history "$work/history.csv" --start 2026-01-26 --days 7 --output "$work/forecast.csv" > /dev/null
staff=(./wfm staffing --input "$work/forecast.csv" --sl 0.8 --answer-within 20s --patience 128s)
"${staff[@]}" --output "$work/alone.csv" > /dev/null
table="| routing between the two queues' agents | agent-hours, each queue alone | refined | saved | rounds | simulated SL, all calls | queue-intervals below 80 % with seed 2 |
|---|---|---|---|---|---|---|"
for routing in none examples/data/routing-overflow-sample.json examples/data/routing-sample.json; do
  flags=()
  label="none: every agent takes every call"
  if [ "$routing" != none ]; then
    flags=(--routing "$routing")
    label="\`$routing\`"
  fi
  summary="$("${staff[@]}" --refine-by-simulation "${flags[@]}" --output "$work/refined.csv")"
  line="$(grep '^refined by simulation' <<< "$summary")"
  rounds="$(sed -E 's/.*\(([0-9]+) rounds.*/\1/' <<< "$line")"
  after="$(sed -E 's/.*: ([0-9.]+) agent-hours on the phones.*/\1/' <<< "$line")"
  saved="$(sed -E 's/.*phones, ([0-9.]+) fewer than each queue staffed alone \(([0-9.]+%)\).*/\1 (\2)/' <<< "$line")"
  before="$(awk -v a="$after" -v s="${saved%% *}" 'BEGIN { printf "%.1f", a + s }')"
  level="$(grep '^  all: simulated service level' <<< "$summary" | sed -E 's/.*level ([0-9.]+%).*/\1/')"
  ./wfm simulate --forecast "$work/forecast.csv" --staffing "$work/refined.csv" "${flags[@]}" --patience 128s --seed 2 \
      --output "$work/check.csv" > /dev/null
  below="$(awk -F, 'NR > 1 && $2 != "all" && $7 != "" { n++; if ($7 < 0.8) b++ } END { printf "%d of %d", b, n }' "$work/check.csv")"
  table="$table
| $label | $before | $after | $saved | $rounds | $level | $below |"
done
doc=wfm-core/SIMULATION.md
awk -v table="$table" '
  /<!-- refinement:start -->/ { print; print ""; print table; print ""; skip = 1; next }
  /<!-- refinement:end -->/ { skip = 0 }
  !skip { print }
' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
echo "updated $doc"
