// webnn-opt lists the project's passes beside the upstream ones, and rejects
// what it cannot read with a diagnostic and a non-zero exit, not a crash.
// RUN: webnn-opt --help | FileCheck %s --check-prefix=HELP
// RUN: not webnn-opt %s.missing 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not webnn-opt %s 2>&1 | FileCheck %s --check-prefix=SYNTAX

// HELP: webnn-opt: the webnn dialect's optimizer driver
// HELP-DAG: --webnn-normalize-layouts - Rewrite conv2d and pooling
// HELP-DAG: --canonicalize
// MISSING: cannot open input file '{{.*}}.missing': No such file or directory

// SYNTAX: webnn-opt-help.mlir:{{[0-9]+}}:1: error: invalid SSA name
func.func @f(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = webnn.relu %x : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
%%%
