#!/usr/bin/env bash
# Installs ONNX Runtime's Node.js package (CPU execution provider) into
# benchmarks/ort/node_modules (not committed) when it is missing.
# --ignore-scripts: the package's install script only downloads the CUDA and
# TensorRT providers; the CPU library ships in the package itself.
set -euo pipefail
cd "$(dirname "$0")"
if [[ -f node_modules/onnxruntime-node/package.json ]]; then
  exit 0
fi
if ! command -v npm > /dev/null; then
  echo "install.sh: npm is needed (Debian: apt-get install npm)" >&2
  exit 1
fi
echo "installing onnxruntime-node into $(pwd)/node_modules" >&2
npm install --ignore-scripts --no-audit --no-fund --loglevel=error >&2
