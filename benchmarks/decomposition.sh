#!/usr/bin/env bash
# The cost of decomposing first-wave ops into primitives, and of fusion
# labels, measured in one run: each graph in benchmarks/ops/ (a .mlir file,
# or a .py script that prints one) runs through
# the CPU pipeline (one thread)
#   - as written (the CPU backend forms and uses its fusion labels),
#   - with --no-fusion-labels (every composite inlined),
#   - after webnn-decompose (activations, pooling, gemm, softmax and batch
#     normalization as webnn.elementwise / webnn.reduce_window),
# and the ratios to the first column are printed.
#
#   benchmarks/decomposition.sh [runs]   (default: 50 timed runs)
set -euo pipefail
cd "$(dirname "$0")"
BIN=${WEBNN_BIN:-../build/bin}
RUNS=${1:-50}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "decomposition.sh: runs must be a positive count" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

median_ms() { # file [options]
  "$BIN/webnn-run" "$@" --random-inputs --seed 1 --threads 1 \
    --benchmark "$RUNS" | sed -n 's/.*median \([0-9.]*\),.*/\1/p'
}

printf "%-22s %12s %12s %12s %10s %10s\n" graph "as written" "no labels" \
  "decomposed" "no labels" "decomposed"
printf "%-22s %12s %12s %12s %10s %10s\n" "" "ms" "ms" "ms" "x" "x"
for source in ops/*.mlir ops/*.py; do
  name=$(basename "${source%.*}")
  file=$source
  if [[ $source == *.py ]]; then
    file=$WORK/$name.written.mlir
    /usr/bin/python3 "$source" > "$file"
  fi
  "$BIN/webnn-opt" --webnn-decompose "$file" -o "$WORK/$name.mlir"
  written=$(median_ms "$file")
  nolabels=$(median_ms "$file" --no-fusion-labels)
  decomposed=$(median_ms "$WORK/$name.mlir")
  awk -v n="$name" -v w="$written" -v l="$nolabels" -v d="$decomposed" 'BEGIN {
    if (w <= 0) { printf "%-22s (no timing)\n", n; exit }
    printf "%-22s %12.4f %12.4f %12.4f %9.2fx %9.2fx\n", n, w, l, d, l / w, d / w }'
done
