// The gemm kernel of the CPU pipeline: the bias and the scaling run in the
// matmul's 64x128 blocks (webnn-cpu-fuse-epilogues), for webnn.gemm (which
// the pipeline puts in a gemm composite) and for a matmul plus a bias that
// webnn-form-composites groups into one. Shapes with partial blocks (200 rows, 300 columns); compared
// with the reference pipeline (plain loops, no fusion), with the label
// kept and with every composite inlined.
//
// RUN: for g in named_gemm formed_gemm; do \
// RUN:   webnn-run %s --entry $g --pipeline reference --random-inputs --seed 5 --save %t.$g.npy > /dev/null && \
// RUN:   webnn-run %s --entry $g --random-inputs --seed 5 --compare %t.$g.npy --rtol 1e-5 --atol 1e-5 && \
// RUN:   webnn-run %s --entry $g --random-inputs --seed 5 --no-fusion-labels --compare %t.$g.npy --rtol 1e-5 --atol 1e-5 || exit 1; \
// RUN: done | FileCheck %s
// CHECK-COUNT-4: compare 'y' with {{.*}}: match
//
// Decomposed into a gemm composite (webnn-decompose{composites=true}), the
// named gemm gives the same numbers, kept or expanded.
// RUN: webnn-opt %s --webnn-decompose=composites=true -o %t.composite.mlir
// RUN: webnn-run %t.composite.mlir --entry named_gemm --random-inputs --seed 5 --compare %t.named_gemm.npy --rtol 1e-5 --atol 1e-5 | FileCheck %s --check-prefix=COMPOSITE
// RUN: webnn-run %t.composite.mlir --entry named_gemm --random-inputs --seed 5 --no-fusion-labels --compare %t.named_gemm.npy --rtol 1e-5 --atol 1e-5 | FileCheck %s --check-prefix=COMPOSITE
// COMPOSITE: compare 'y' with {{.*}}: match
//
// RUN: webnn-opt %s --webnn-cpu-pipeline --mlir-disable-threading --mlir-print-ir-after=webnn-cpu-fuse-epilogues -o /dev/null 2>&1 | FileCheck %s --check-prefix=KEPT
// RUN: webnn-opt %s --webnn-cpu-pipeline=fusion-labels=false --mlir-disable-threading --mlir-print-ir-after=webnn-cpu-fuse-epilogues -o /dev/null 2>&1 | FileCheck %s --check-prefix=INLINED
// KEPT-LABEL: func.func @named_gemm
// KEPT:         scf.for {{.*}} step %c64
// KEPT:           scf.for {{.*}} step %c128
// KEPT:             linalg.fill
// KEPT:             linalg.matmul
// KEPT:             linalg.generic
// KEPT-LABEL: func.func @formed_gemm
// KEPT:         scf.for {{.*}} step %c64
// KEPT:           scf.for {{.*}} step %c128
// KEPT:             linalg.fill
// KEPT:             linalg.matmul
// KEPT:             linalg.generic
// KEPT:               arith.addf
// INLINED-LABEL: func.func @named_gemm
// INLINED-NOT:   scf.for
// INLINED:       linalg.matmul ins
// INLINED-NOT:   scf.for
// INLINED:       linalg.generic
// INLINED-LABEL: func.func @formed_gemm
// INLINED-NOT:   scf.for
// INLINED:       linalg.matmul ins
// INLINED-NOT:   scf.for
// INLINED:       linalg.generic

func.func @named_gemm(%a: tensor<96x200xf32> {webnn.name = "a"}, %b: tensor<96x300xf32> {webnn.name = "b"}, %c: tensor<300xf32> {webnn.name = "c"}) -> (tensor<200x300xf32> {webnn.name = "y"}) {
  %y = webnn.gemm %a, %b, %c {a_transpose = true, alpha = 0.5 : f64, beta = 2.0 : f64} : (tensor<96x200xf32>, tensor<96x300xf32>, tensor<300xf32>) -> tensor<200x300xf32>
  return %y : tensor<200x300xf32>
}

func.func @formed_gemm(%a: tensor<200x96xf32> {webnn.name = "a"}, %b: tensor<96x300xf32> {webnn.name = "b"}, %c: tensor<300xf32> {webnn.name = "c"}) -> (tensor<200x300xf32> {webnn.name = "y"}) {
  %p = webnn.matmul %a, %b : (tensor<200x96xf32>, tensor<96x300xf32>) -> tensor<200x300xf32>
  %y = webnn.add %p, %c : (tensor<200x300xf32>, tensor<300xf32>) -> tensor<200x300xf32>
  return %y : tensor<200x300xf32>
}
