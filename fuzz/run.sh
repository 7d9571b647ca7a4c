#!/usr/bin/env bash
# Runs every fuzz target of BUILD_DIR for SECONDS each, JOBS at a time
# (default 2, one per core), from its committed seed corpus
# (fuzz/corpus/<target>/, read only) plus what earlier runs found
# (BUILD_DIR/fuzz/corpus/<target>/), and prints one line per target:
# executions, executions per second, findings. A finding (crash, leak,
# timeout, out-of-memory) is kept as BUILD_DIR/fuzz/findings/<target>/*
# and makes the script exit 1; reproduce it with `BUILD_DIR/bin/<target>
# <file>`. `./webnn.sh fuzz` builds the targets and calls it.
#
#   fuzz/run.sh BUILD_DIR SECONDS [TARGET...]     (default: every target)
set -uo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=$1
SECONDS_PER_TARGET=$2
shift 2
JOBS=${JOBS:-2}
TARGETS=(BuilderFuzzer MlirFuzzer OnnxFuzzer OnnxModelFuzzer NpyFuzzer
  WptCaseFuzzer)
[ $# -gt 0 ] && TARGETS=("$@")

# The sanitizers' options (ASAN_OPTIONS, UBSAN_OPTIONS) are webnn.sh's.

run_target() {
  local target=$1
  local work="$BUILD_DIR/fuzz/corpus/$target"
  local findings="$BUILD_DIR/fuzz/findings/$target"
  mkdir -p "$work" "$findings"
  # -timeout: an input that takes 30 s is a hang; -rss_limit_mb: one that
  # needs 2 GiB is an unbounded allocation.
  "$BUILD_DIR/bin/$target" -max_total_time="$SECONDS_PER_TARGET" \
    -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$work" "fuzz/corpus/$target" \
    > "$BUILD_DIR/fuzz/$target.log" 2>&1
}

running=0
for target in "${TARGETS[@]}"; do
  if [ "$running" -ge "$JOBS" ]; then
    wait -n
    running=$((running - 1))
  fi
  run_target "$target" &
  running=$((running + 1))
done
wait

status=0
printf '%-16s %10s %8s %9s\n' target executions "exec/s" findings
for target in "${TARGETS[@]}"; do
  log="$BUILD_DIR/fuzz/$target.log"
  findings="$BUILD_DIR/fuzz/findings/$target"
  # A run that stops at a finding prints its statistics twice.
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  found=$(find "$findings" -type f | wc -l)
  printf '%-16s %10s %8s %9s\n' "$target" "${executions:-?}" "${rate:-?}" "$found"
  if [ "$found" -ne 0 ] || [ -z "$executions" ]; then
    status=1
    echo "  see $log and $findings/" >&2
  fi
done
exit $status
