#!/usr/bin/env bash
# Memory-bound ops in GB/s next to a copy of the same number of bytes,
# measured in the same run: reductions over the innermost and an outer
# axis, argMax, cumulativeSum, layerNormalization, element-wise activations
# and gathers of a 4096x4096 float32 tensor (64 MiB), through the CPU
# pipeline on one thread. GB/s counts the bytes read and written once
# each; "of copy" is the op's GB/s over the copy's, 1.0 meaning as fast as
# memcpy. The outputs are allocated once (webnn-run --benchmark), so that
# the copy measures the copy, not the page faults of a fresh output buffer.
#
#   benchmarks/bandwidth.sh [runs]   (default: 10 timed runs)
#
# Needs a build (./webnn.sh build). Each figure is the fastest of the runs.
set -euo pipefail
cd "$(dirname "$0")"
BIN=${WEBNN_BIN:-../build/bin}
RUNS=${1:-10}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bandwidth.sh: runs must be a positive count" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# name|op and attributes|result type|bytes read + written
GRAPHS=(
  "copy (identity)|identity|4096x4096xf32|134217728"
  "reduce_sum, inner axis|reduce_sum {axes = array<i64: 1>}|4096xf32|67125248"
  "reduce_sum, outer axis|reduce_sum {axes = array<i64: 0>}|4096xf32|67125248"
  "reduce_l2, inner axis|reduce_l2 {axes = array<i64: 1>}|4096xf32|67125248"
  "reduce_max, inner axis|reduce_max {axes = array<i64: 1>}|4096xf32|67125248"
  "reduce_log_sum_exp, inner|reduce_log_sum_exp {axes = array<i64: 1>}|4096xf32|67125248"
  "arg_max, inner axis|arg_max {axis = 1 : i32}|4096xi32|67125248"
  "cumulative_sum, axis 0|cumulative_sum {axis = 0 : i32}|4096x4096xf32|134217728"
  "layer_normalization, inner|layer_normalization {axes = array<i64: 1>}|4096x4096xf32|134217728"
  "gelu|gelu|4096x4096xf32|134217728"
  "softplus|softplus|4096x4096xf32|134217728"
  "gather, 4096 rows|gather %i|4096x4096xf32|134234112"
  "gather_elements, axis 1|gather_elements %e {axis = 1 : i32}|4096x4096xf32|201326592"
)

# The indices of the gathers (random: the graph clamps them like any index).
ROW_INDICES='%i: tensor<4096xi32> {webnn.name = "i"}'
ELEMENT_INDICES='%e: tensor<4096x4096xi32> {webnn.name = "e"}'


min_ms() { # file
  "$BIN/webnn-run" "$1" --random-inputs --seed 1 --threads 1 \
    --benchmark "$RUNS" | sed -n 's/.*min \([0-9.]*\),.*/\1/p'
}

printf "%-28s %10s %10s %9s\n" graph ms "GB/s" "of copy"
copy_rate=""
for entry in "${GRAPHS[@]}"; do
  IFS='|' read -r name op result bytes <<<"$entry"
  file="$WORK/graph.mlir"
  mnemonic=${op%% *}
  rest=${op#"$mnemonic"}
  operands="%x" types="tensor<4096x4096xf32>" parameters=""
  case $rest in
    " %i"*) operands="%x, %i" types="$types, tensor<4096xi32>"
            parameters=", $ROW_INDICES" rest=${rest#" %i"} ;;
    " %e"*) operands="%x, %e" types="$types, tensor<4096x4096xi32>"
            parameters=", $ELEMENT_INDICES" rest=${rest#" %e"} ;;
  esac
  cat >"$file" <<GRAPH
func.func @main(%x: tensor<4096x4096xf32> {webnn.name = "x"}${parameters}) -> (tensor<${result}> {webnn.name = "y"}) {
  %0 = webnn.${mnemonic} ${operands}${rest} : (${types}) -> tensor<${result}>
  return %0 : tensor<${result}>
}
GRAPH
  ms=$(min_ms "$file")
  rate=$(awk -v b="$bytes" -v t="$ms" 'BEGIN { printf "%.2f", b / t / 1e6 }')
  copy_rate=${copy_rate:-$rate}
  awk -v n="$name" -v t="$ms" -v r="$rate" -v c="$copy_rate" 'BEGIN {
    printf "%-28s %10.3f %10.2f %8.2fx\n", n, t, r, r / c }'
done
