#!/usr/bin/env bash
# Regenerates the tables in wfm-core/SIMULATION.md: the stationary checks (SteadyStateReport) and the replay of the
# real call log of ../shared/data against the staffing it shows (ReplayComparison, 15- and 5-minute intervals).
# Usage: scripts/simulation-tables.sh [calls.csv]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
calls="${1:-../shared/data/anonymous-bank-1999-02-01-to-14-calls.csv}"
mvn -q -o -pl wfm-core -am install -DskipTests
mvn -q -o -pl wfm-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/wfm-core-cp.txt
cp="wfm-core/target/test-classes:wfm-core/target/classes:$(cat /tmp/wfm-core-cp.txt)"
steady="$(java -cp "$cp" org.wfm.core.sim.SteadyStateReport)"
replay="$(java -cp "$cp" org.wfm.core.bench.ReplayComparison "$calls" 15 20; echo; java -cp "$cp" org.wfm.core.bench.ReplayComparison "$calls" 5 20)"
doc=wfm-core/SIMULATION.md
awk -v steady="$steady" -v replay="$replay" '
  /<!-- steady:start -->/ { print; print ""; print steady; print ""; skip = 1; next }
  /<!-- steady:end -->/ { skip = 0 }
  /<!-- replay:start -->/ { print; print ""; print replay; print ""; skip = 1; next }
  /<!-- replay:end -->/ { skip = 0 }
  !skip { print }
' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
echo "updated $doc"
