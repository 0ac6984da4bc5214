#!/usr/bin/env bash
# Runs every JShell script of this folder through `./wfm shell` (from the repository root, where the scripts find
# ../shared/data) and fails when one fails. JShell goes on after a snippet throws, so each script ends with
# `/exit ok ? 0 : 1` after checking its results and prints "<name>: OK"; this runner also fails on any
# exception or compile error JShell reports, and on a missing OK line.
# Usage: examples/jshell/run-all.sh [script.jsh...]   (WFM=path/to/launcher to use another launcher)
set -uo pipefail
cd "$(dirname "$0")/../.."
wfm="${WFM:-./wfm}"
if [ $# -gt 0 ]; then scripts=("$@"); else scripts=(examples/jshell/staffing.jsh examples/jshell/kpi.jsh examples/jshell/forecast.jsh examples/jshell/roster.jsh examples/jshell/simulate.jsh); fi
failed=0
for script in "${scripts[@]}"; do
  name="$(basename "$script")"
  log="$(mktemp)"
  "$wfm" shell "$script" </dev/null >"$log" 2>&1
  status=$?
  if [ "$status" -ne 0 ] || grep -qE '^(\|  )?(Exception |Error:)' "$log" || ! grep -qx "$name: OK" "$log"; then
    echo "FAILED: $script (exit status $status)"
    grep -v ' INFO ' "$log"
    failed=1
  else
    echo "ok: $script"
  fi
  rm -f "$log"
done
exit "$failed"
