#!/usr/bin/env bash
# The first-wave models end to end, against ONNX Runtime, in one run.
#
#   benchmarks/models.sh [--runs N] [--models-dir DIR] [MODEL...]
#
# MODEL is any of squeezenet11 mobilenetv2 resnet50v2 tinyyolov2 (default:
# all four, full size). For each model this:
#   - generates the ONNX file and a seeded input when missing
#     (models/generate_models.py, into DIR, default build/models);
#   - runs webnn-run on 1 and 2 threads: compile time and median latency,
#     and on 1 thread with --no-fusion-labels (every composite inlined,
#     batch normalization not folded into the convolutions);
#   - runs ONNX Runtime (onnxruntime-node, CPU execution provider; installed
#     into benchmarks/ort/ by benchmarks/ort/install.sh when missing) on 1
#     and 2 threads on the same input;
#   - compares webnn-run's output (both thread counts) with ONNX Runtime's:
#     max absolute and relative error, and a match at rtol 1e-3 / atol 1e-4.
# It prints one table: latencies, the ratio ONNX Runtime ms / webnn-run ms
# (above 1: webnn-run is faster), GFLOP/s (2 x the model's multiply-adds
# per second), and the errors. It exits 1 if any model does not match, so it
# is also the full-size model test (./webnn.sh test-models).
#
# Latency is the median of N timed runs (default 20) after a warm-up run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN=${WEBNN_RUN:-$ROOT/build/bin/webnn-run}
PYTHON=/usr/bin/python3 # Debian's python3-onnx and python3-numpy live here.
RUNS=20
DIR=$ROOT/build/models
MODELS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --models-dir) DIR=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "models.sh: unknown option $1" >&2; exit 2 ;;
    *) MODELS+=("$1"); shift ;;
  esac
done
[[ ${#MODELS[@]} -gt 0 ]] || MODELS=(squeezenet11 mobilenetv2 resnet50v2 tinyyolov2)
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "models.sh: --runs needs a positive count" >&2; exit 2; }
for model in "${MODELS[@]}"; do
  case "$model" in
    squeezenet11|mobilenetv2|resnet50v2|tinyyolov2) ;;
    *) echo "models.sh: unknown model '$model'" >&2; exit 2 ;;
  esac
done
# Tolerances of the comparison with ONNX Runtime; see docs/performance.md.
RTOL=1e-3
ATOL=1e-4

[[ -x $RUN ]] || { echo "models.sh: no $RUN; run ./webnn.sh build first" >&2; exit 1; }
"$ROOT/benchmarks/ort/install.sh"
mkdir -p "$DIR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The value after "$2" on the line of webnn-run's or ort-run's output that
# starts with "$1".
field() { sed -n "s/^$1.*$2 \([0-9.e+-]*\).*/\1/p" | head -1; }

printf "%-13s %8s | %8s %8s %8s | %8s %8s | %6s %6s | %7s %7s %7s %7s | %9s %9s %s\n" \
  "" compile "webnn-run" "" "no label" "ORT" "" "ORT/webnn" "" "GFLOP/s" "" "" "" "vs ORT" "" ""
printf "%-13s %8s | %8s %8s %8s | %8s %8s | %6s %6s | %7s %7s %7s %7s | %9s %9s %s\n" \
  model "s" "1T ms" "2T ms" "1T ms" "1T ms" "2T ms" "1T" "2T" "wn 1T" "wn 2T" \
  "ORT 1T" "ORT 2T" "max abs" "max rel" "result"
status=0
for model in "${MODELS[@]}"; do
  onnx=$DIR/$model.onnx
  input=$DIR/${model}_input.npy
  if [[ ! -f $onnx || ! -f $input || ! -f $DIR/$model.json ]]; then
    "$PYTHON" "$ROOT/models/generate_models.py" --out "$DIR" --inputs "$DIR" \
      --only "$model" > "$WORK/generate.log" ||
      { cat "$WORK/generate.log" >&2; exit 1; }
  fi
  macs=$(sed -n 's/.*"macs": \([0-9]*\).*/\1/p' "$DIR/$model.json")

  node "$ROOT/benchmarks/ort/ort-run.js" "$onnx" --input "$input" --threads 1 \
    --benchmark "$RUNS" --save "$WORK/ort.npy" > "$WORK/ort1.txt"
  node "$ROOT/benchmarks/ort/ort-run.js" "$onnx" --input "$input" --threads 2 \
    --benchmark "$RUNS" > "$WORK/ort2.txt"
  for threads in 1 2; do
    "$RUN" "$onnx" --input "$input" --threads $threads --benchmark "$RUNS" \
      --compare "$WORK/ort.npy" --rtol $RTOL --atol $ATOL \
      > "$WORK/webnn$threads.txt" || true
  done
  "$RUN" "$onnx" --input "$input" --threads 1 --benchmark "$RUNS" \
    --no-fusion-labels --compare "$WORK/ort.npy" --rtol $RTOL --atol $ATOL \
    > "$WORK/webnn3.txt" || true

  compile=$(field "compile time" ":" < "$WORK/webnn1.txt")
  wn1=$(field latency median < "$WORK/webnn1.txt")
  wn2=$(field latency median < "$WORK/webnn2.txt")
  wn1x=$(field latency median < "$WORK/webnn3.txt")
  ort1=$(field latency median < "$WORK/ort1.txt")
  ort2=$(field latency median < "$WORK/ort2.txt")
  # The worst of the three runs' errors.
  abs=$(cat "$WORK"/webnn[123].txt | sed -n 's/^  max abs error \([^,]*\),.*/\1/p' | sort -g | tail -1)
  rel=$(cat "$WORK"/webnn[123].txt | sed -n 's/.*max rel error \(.*\)$/\1/p' | sort -g | tail -1)
  if [[ -z $wn1 || -z $wn2 || -z $wn1x || -z $abs ]]; then
    result=ERROR
    status=1
    cat "$WORK"/webnn[123].txt >&2
  elif grep -q "MISMATCH" "$WORK"/webnn[123].txt; then
    result=MISMATCH
    status=1
  else
    result=match
  fi
  awk -v m="$model" -v c="${compile:-0}" -v w1="${wn1:-0}" -v w2="${wn2:-0}" \
      -v w1x="${wn1x:-0}" \
      -v o1="$ort1" -v o2="$ort2" -v macs="$macs" -v a="${abs:--}" \
      -v r="${rel:--}" -v res="$result" 'BEGIN {
    printf "%-13s %8.1f | %8.2f %8.2f %8.2f | %8.2f %8.2f | %6.2f %6.2f | %7.1f %7.1f %7.1f %7.1f | %9s %9s %s\n",
      m, c, w1, w2, w1x, o1, o2, (w1 > 0 ? o1 / w1 : 0), (w2 > 0 ? o2 / w2 : 0),
      (w1 > 0 ? 2 * macs / w1 / 1e6 : 0), (w2 > 0 ? 2 * macs / w2 / 1e6 : 0),
      (o1 > 0 ? 2 * macs / o1 / 1e6 : 0), (o2 > 0 ? 2 * macs / o2 / 1e6 : 0),
      a, r, res }'
done
echo "(match: |webnn - ORT| <= $ATOL + $RTOL * |ORT| on every output element, in all three webnn-run runs; $RUNS runs each)"
echo "(no label: webnn-run --no-fusion-labels, every composite inlined)"
exit $status
