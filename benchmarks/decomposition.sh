#!/usr/bin/env bash
# The cost of decomposing first-wave ops into primitives, and what fusion
# labels buy, measured in one run: each graph in benchmarks/ops/ (a .mlir
# file, or a .py script that prints one; files starting with _ are helpers)
# runs through the CPU pipeline (one thread)
#   - as written: the named ops (the CPU backend forms and uses its fusion
#     labels: conv2d_batchnorm, conv2d_bias_activation,
#     conv2d_residual_activation, gemm),
#   - with --no-fusion-labels (every composite inlined),
#   - after webnn-decompose (activations, pooling, gemm, softmax and the
#     normalizations as webnn.elementwise / webnn.reduce_window /
#     webnn.reduce),
#   - as composites kept: the groups formed into labelled composites
#     (webnn-form-composites) and the rest decomposed, gemm and softmax
#     inside composites labelled with their op
#     (webnn-decompose{composites=true}); the CPU backend keeps the labels
#     it has kernels for and inlines the others,
# and the ratios to the first column are printed. Each figure is the
# fastest of the timed runs.
#
#   benchmarks/decomposition.sh [runs]   (default: 50 timed runs)
set -euo pipefail
cd "$(dirname "$0")"
BIN=${WEBNN_BIN:-../build/bin}
RUNS=${1:-50}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "decomposition.sh: runs must be a positive count" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The fastest of the timed runs: these graphs take well under a
# millisecond, and on a shared machine a median of them still moves by
# 10% between identical runs; the minimum is what the code can do.
min_ms() { # file [options]
  "$BIN/webnn-run" "$@" --random-inputs --seed 1 --threads 1 \
    --benchmark "$RUNS" | sed -n 's/.*min \([0-9.]*\),.*/\1/p'
}

printf "%-18s %11s %11s %11s %11s %9s %9s %9s\n" graph "as written" \
  "no labels" "decomposed" "composites" "no labels" "decomp." "compos."
printf "%-18s %11s %11s %11s %11s %9s %9s %9s\n" "" ms ms ms ms x x x
for source in ops/*.mlir ops/*.py; do
  name=$(basename "${source%.*}")
  [[ $name == _* ]] && continue
  file=$source
  if [[ $source == *.py ]]; then
    file=$WORK/$name.written.mlir
    /usr/bin/python3 -B "$source" > "$file"
  fi
  "$BIN/webnn-opt" --webnn-decompose "$file" -o "$WORK/$name.mlir"
  "$BIN/webnn-opt" --webnn-form-composites --webnn-decompose=composites=true \
    "$file" -o "$WORK/$name.composites.mlir"
  written=$(min_ms "$file")
  nolabels=$(min_ms "$file" --no-fusion-labels)
  decomposed=$(min_ms "$WORK/$name.mlir")
  composites=$(min_ms "$WORK/$name.composites.mlir")
  awk -v n="$name" -v w="$written" -v l="$nolabels" -v d="$decomposed" \
      -v c="$composites" 'BEGIN {
    if (w <= 0) { printf "%-18s (no timing)\n", n; exit }
    printf "%-18s %11.4f %11.4f %11.4f %11.4f %8.2fx %8.2fx %8.2fx\n",
           n, w, l, d, c, l / w, d / w, c / w }'
done
