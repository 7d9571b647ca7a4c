#!/usr/bin/env bash
# Prints GFLOP/s of matmul, three first-wave conv shapes and a U-Net
# transposed convolution (counted as its useful multiply-adds, not those by
# the zeros its decomposition inserts) through the CPU pipeline and through
# the scalar reference pipeline (plain loops, compiled by LLVM -O3 without
# its auto-vectorizers), measured in the same run, and their ratio.
#
#   benchmarks/run.sh [runs]     (default: 20 timed runs after a warm-up)
#
# Needs a build (./webnn.sh build). Latency is the median of the runs.
set -euo pipefail
cd "$(dirname "$0")"
RUN=${WEBNN_RUN:-../build/bin/webnn-run}
RUNS=${1:-20}

# name, file, flops
KERNELS=(
  "matmul 512x512x512 f32|matmul_512.mlir|268435456"
  "conv2d 3x3 56x56x64->64|conv3x3.mlir|231211008"
  "conv2d 1x1 56x56x24->144|conv1x1.mlir|21676032"
  "depthwise 3x3 s2 112x112x96|depthwise3x3.mlir|5419008"
  "conv_transpose 2x2 s2 32x32x128|conv_transpose2x2.mlir|67108864"
)

median_ms() { # file pipeline runs
  "$RUN" "$1" --random-inputs --seed 1 --threads 1 --pipeline "$2" \
    --benchmark "$3" |
    sed -n 's/.*median \([0-9.]*\),.*/\1/p'
}

printf "%-32s %12s %12s %12s %12s %8s\n" kernel "cpu ms" "cpu GFLOP/s" "ref ms" \
  "ref GFLOP/s" "speedup"
for entry in "${KERNELS[@]}"; do
  IFS='|' read -r name file flops <<<"$entry"
  cpu=$(median_ms "$file" cpu "$RUNS")
  # The scalar pipeline is slow: fewer runs give the same median.
  ref=$(median_ms "$file" reference 3)
  awk -v n="$name" -v c="$cpu" -v r="$ref" -v f="$flops" 'BEGIN {
    printf "%-32s %12.3f %12.1f %12.3f %12.1f %7.1fx\n",
      n, c, f / c / 1e6, r, f / r / 1e6, r / c }'
done
