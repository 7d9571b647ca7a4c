#!/usr/bin/env bash
# Runs every fuzz target of BUILD_DIR for SECONDS each, from its committed
# seed corpus (fuzz/corpus/<target>/, read only) plus what earlier runs
# found (BUILD_DIR/fuzz/corpus/<target>/), and prints one line per target:
# executions, executions per second, findings. A finding (crash, leak,
# timeout, out-of-memory) is kept as BUILD_DIR/fuzz/findings/<target>/*
# and makes the script exit 1; reproduce it with `BUILD_DIR/bin/<target>
# <file>`.
#
#   fuzz/run.sh BUILD_DIR SECONDS
set -uo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=$1
SECONDS_PER_TARGET=$2
TARGETS=(BuilderFuzzer MlirFuzzer OnnxFuzzer NpyFuzzer WptCaseFuzzer)

# allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons its free memory
# from inline header code, which is instrumented here but not in
# libMLIR.so, whose writes into that memory would then be reported.
export ASAN_OPTIONS=${ASAN_OPTIONS:-allow_user_poisoning=0:abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

status=0
printf '%-14s %10s %8s %9s\n' target executions "exec/s" findings
for target in "${TARGETS[@]}"; do
  work="$BUILD_DIR/fuzz/corpus/$target"
  findings="$BUILD_DIR/fuzz/findings/$target"
  log="$BUILD_DIR/fuzz/$target.log"
  mkdir -p "$work" "$findings"
  # -timeout: an input that takes 30 s is a hang; -rss_limit_mb: one that
  # needs 2 GiB is an unbounded allocation.
  "$BUILD_DIR/bin/$target" -max_total_time="$SECONDS_PER_TARGET" \
    -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$work" "fuzz/corpus/$target" \
    > "$log" 2>&1
  # A run that stops at a finding prints its statistics twice.
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  found=$(find "$findings" -type f | wc -l)
  printf '%-14s %10s %8s %9s\n' "$target" "${executions:-?}" "${rate:-?}" "$found"
  if [ "$found" -ne 0 ] || [ -z "$executions" ]; then
    status=1
    echo "  see $log and $findings/" >&2
  fi
done
exit $status
