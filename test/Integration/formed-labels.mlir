// Groups that webnn-form-composites wraps in softmax and hard_swish
// composites (softmax after webnn-decompose writes it in primitives)
// compute what the plain graph computes: the CPU backend has no kernel for
// these labels and inlines them, with or without --no-fusion-labels.
//
// RUN: webnn-opt %s --webnn-decompose=ops=softmax --webnn-form-composites -o %t.formed.mlir
// RUN: FileCheck %s --check-prefix=FORMED < %t.formed.mlir
// FORMED: webnn.composite "hard_swish"
// FORMED: webnn.composite "softmax"
// RUN: webnn-run %s --pipeline reference --random-inputs --seed 11 --save %t.npy > /dev/null
// RUN: webnn-run %t.formed.mlir --random-inputs --seed 11 --compare %t.npy --rtol 1e-6 --atol 1e-6 | FileCheck %s
// RUN: webnn-run %t.formed.mlir --random-inputs --seed 11 --no-fusion-labels --compare %t.npy --rtol 1e-6 --atol 1e-6 | FileCheck %s
// CHECK: compare 'y' with {{.*}}: match

func.func @hard_swish_softmax(%x: tensor<2x16xf32> {webnn.name = "x"}) -> (tensor<2x16xf32> {webnn.name = "y"}) {
  %three = webnn.constant dense<3.0> : tensor<f32>
  %six = webnn.constant dense<6.0> : tensor<f32>
  %scale = webnn.constant dense<4.0> : tensor<f32>
  %xs = webnn.mul %x, %scale : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %a = webnn.add %xs, %three : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %c = webnn.clamp %a {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<2x16xf32>) -> tensor<2x16xf32>
  %m = webnn.mul %xs, %c : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
  %h = webnn.div %m, %six : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %y = webnn.softmax %h {axis = 1 : i32} : (tensor<2x16xf32>) -> tensor<2x16xf32>
  return %y : tensor<2x16xf32>
}
