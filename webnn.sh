#!/usr/bin/env bash
# Sets up, builds and runs webnn-mlir on Debian 12.
#
#   ./webnn.sh demo         install what is missing, build, and JIT-run
#                           MobileNetV2 (generated if missing) on a seeded
#                           input: top-5 classes, compile time, latency
#   ./webnn.sh test         install what is missing, check the formatting,
#                           build, run every test
#   ./webnn.sh test-models  the four full-size first-wave models against
#                           ONNX Runtime (npm), with the benchmark table
#   ./webnn.sh test-sanitized
#                           build with AddressSanitizer and
#                           UndefinedBehaviorSanitizer (in build-sanitized/)
#                           and run every test there
#   ./webnn.sh fuzz [SECONDS [TARGET...]]
#                           build the libFuzzer targets (in the same
#                           build-sanitized/) and run each (or the TARGETs)
#                           for SECONDS (default 60), two at a time, from
#                           its corpus in fuzz/corpus/; prints executions
#                           and findings
#   ./webnn.sh build        install what is missing and build
#   ./webnn.sh format       format the C++ sources with clang-format-22
#
# BUILD_DIR (default: build) chooses the build directory.
set -euo pipefail

cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-build}

# Debian packages the build and the tests need (python3-onnx and
# python3-numpy: the model tests generate their ONNX models;
# libclang-rt-22-dev: the sanitizer runtimes).
PACKAGES=(
  cmake ninja-build ccache python3 python3-numpy python3-onnx
  clang-22 lld-22 llvm-22-dev libmlir-22-dev mlir-22-tools
  libgtest-dev libonnx-dev libprotobuf-dev libomp-22-dev clang-format-22
  libclang-rt-22-dev
)

install_missing_packages() {
  local missing=()
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "webnn.sh: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may have stale package lists: update once if needed.
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" ||
    { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${missing[@]}"; }
}

# The C++ sources: LLVM style (.clang-format), one clang-format version for
# everyone, since versions format differently.
cxx_sources() {
  if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    # New files too: a file is formatted before its first commit.
    git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' '*.def'
  else
    find include lib tools unittests -name '*.cpp' -o -name '*.h' -o -name '*.def'
  fi
}

check_format() {
  local unformatted
  unformatted=$(cxx_sources | xargs clang-format-22 --dry-run 2>&1 |
    sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
  if [ -n "$unformatted" ]; then
    echo "webnn.sh: not formatted (run ./webnn.sh format):" >&2
    echo "$unformatted" | sed 's/^/  /' >&2
    return 1
  fi
}

# configure_and_build [EXTRA CMAKE ARGUMENTS]: configures $BUILD_DIR once.
configure_and_build() {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -G Ninja -S . -B "$BUILD_DIR" \
      -DCMAKE_BUILD_TYPE=Release \
      -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
      -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
      -DLLVM_USE_LINKER=lld \
      -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@"
  fi
  # Two cores: more jobs only thrash.
  ninja -C "$BUILD_DIR" -j2
}

# ASan + UBSan on the project's own code (libMLIR.so is not instrumented;
# the JIT instruments the graphs it compiles with ASan when it runs under
# it). RelWithDebInfo gives the stack traces their file and line; every
# UBSan finding aborts, so that a test fails.
# The sanitized suite and the fuzzers share one build (build-sanitized/):
# the project is compiled once with the sanitizers and libFuzzer's coverage
# instrumentation (-fsanitize=fuzzer-no-link, which only counts edges), and
# the fuzz targets link libFuzzer's driver.
SANITIZE_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
build_sanitized() {
  BUILD_DIR=${SANITIZED_BUILD_DIR:-build-sanitized}
  configure_and_build -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWEBNN_BUILD_FUZZERS=ON \
    "-DCMAKE_C_FLAGS=$SANITIZE_FLAGS -fsanitize=fuzzer-no-link" \
    "-DCMAKE_CXX_FLAGS=$SANITIZE_FLAGS -fsanitize=fuzzer-no-link" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" \
    "-DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=address,undefined"
}
# allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons its free memory
# from inline header code, which is instrumented here but not in
# libMLIR.so, whose writes into that memory would then be reported.
export ASAN_OPTIONS=${ASAN_OPTIONS:-allow_user_poisoning=0:abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

case "${1:-}" in
  demo)
    install_missing_packages
    configure_and_build
    # MobileNetV2 (the first-wave model, 224x224, seeded random weights) is
    # generated once, imported from ONNX, JIT-compiled for this CPU and run
    # on a seeded input: top-5 classes, compile time, latency.
    models="$BUILD_DIR/models"
    if [ ! -f "$models/mobilenetv2.onnx" ]; then
      echo "== generating $models/mobilenetv2.onnx"
      /usr/bin/python3 models/generate_models.py --out "$models" \
        --only mobilenetv2 > /dev/null
    fi
    echo "== webnn-run $models/mobilenetv2.onnx (seeded random input):"
    "$BUILD_DIR/bin/webnn-run" "$models/mobilenetv2.onnx" --random-inputs \
      --seed 1 --top 5 --benchmark 20
    ;;
  test-models)
    install_missing_packages
    configure_and_build
    # The four full-size first-wave models against ONNX Runtime (npm).
    benchmarks/models.sh --runs 5
    ;;
  test)
    install_missing_packages
    check_format
    configure_and_build
    ninja -C "$BUILD_DIR" check-webnn
    ;;
  test-sanitized)
    install_missing_packages
    build_sanitized
    ninja -C "$BUILD_DIR" check-webnn
    ;;
  fuzz)
    install_missing_packages
    build_sanitized
    fuzz/run.sh "$BUILD_DIR" "${2:-60}" "${@:3}"
    ;;
  build)
    install_missing_packages
    configure_and_build
    ;;
  format)
    install_missing_packages
    cxx_sources | xargs clang-format-22 -i
    ;;
  *)
    sed -n '2,24p' "$0"
    exit 2
    ;;
esac
