#!/usr/bin/env bash
# Regenerates the backtest table in wfm-forecast/BACKTEST.md: every method on the bank data beside the repository
# (../shared/data), 15-minute intervals, the last 5 weekly origins, 7 days each.
# Usage: scripts/backtest-table.sh [history.csv]    (WFM=... overrides the command, default ./wfm)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
history="${1:-../shared/data/bank-calls-2003-spring-5min.csv}"
wfm="${WFM:-./wfm}"
table="$($wfm backtest --history "$history" --interval 15m --origins 5 --days 7 --markdown)"
doc=wfm-forecast/BACKTEST.md
awk -v table="$table" '
  /<!-- table:start -->/ { print; print ""; print table; print ""; skip = 1; next }
  /<!-- table:end -->/ { skip = 0 }
  !skip { print }
' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
echo "updated $doc"
