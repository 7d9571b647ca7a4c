// The CPU pipeline forms the conv2d_batchnorm label and folds the constant
// batch normalization into the filter; with --no-fusion-labels it runs the
// two ops. Both give the same numbers (within float32 rounding of the
// folded weights), as does a graph written with the composite itself.
//
// RUN: webnn-run %s --entry plain --random-inputs --seed 3 --save %t.kept.npy | FileCheck %s --check-prefix=KEPT
// RUN: webnn-run %s --entry plain --random-inputs --seed 3 --no-fusion-labels --compare %t.kept.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s
// RUN: webnn-run %s --entry written --random-inputs --seed 3 --compare %t.kept.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s
// RUN: webnn-run %s --entry written --random-inputs --seed 3 --no-fusion-labels --compare %t.kept.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s
// RUN: webnn-opt %s --webnn-form-composites=labels=conv2d_batchnorm --webnn-fold-conv-batchnorm | FileCheck %s --check-prefix=FOLDED
// KEPT: output 'y': float32 [1, 2, 3, 3]
// CHECK: compare 'y' with {{.*}}: match
// FOLDED-LABEL: func.func @plain
// FOLDED-NOT: webnn.batch_normalization
// FOLDED: webnn.conv2d {{.*}}bias
// FOLDED-LABEL: func.func @written
// FOLDED-NOT: webnn.batch_normalization
// FOLDED: webnn.conv2d {{.*}}bias

func.func @plain(%x: tensor<1x2x5x5xf32> {webnn.name = "x"}) -> (tensor<1x2x3x3xf32> {webnn.name = "y"}) {
  %w = webnn.constant dense<[[[[0.5, -0.25, 0.125], [1.0, 0.0, -1.0], [0.25, 0.5, 0.75]], [[-0.5, 0.25, 0.0], [0.1, 0.2, 0.3], [-0.3, -0.2, -0.1]]], [[[0.2, 0.4, 0.6], [0.8, 1.0, 1.2], [-0.2, -0.4, -0.6]], [[0.0, 0.5, 0.0], [0.5, -2.0, 0.5], [0.0, 0.5, 0.0]]]]> : tensor<2x2x3x3xf32>
  %m = webnn.constant dense<[0.1, -0.2]> : tensor<2xf32>
  %v = webnn.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %s = webnn.constant dense<[1.5, 0.75]> : tensor<2xf32>
  %b = webnn.constant dense<[0.25, -0.5]> : tensor<2xf32>
  %c = webnn.conv2d %x, %w : (tensor<1x2x5x5xf32>, tensor<2x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  %n = webnn.batch_normalization %c, %m, %v scale(%s) bias(%b) : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  return %n : tensor<1x2x3x3xf32>
}

func.func @written(%x: tensor<1x2x5x5xf32> {webnn.name = "x"}) -> (tensor<1x2x3x3xf32> {webnn.name = "y"}) {
  %w = webnn.constant dense<[[[[0.5, -0.25, 0.125], [1.0, 0.0, -1.0], [0.25, 0.5, 0.75]], [[-0.5, 0.25, 0.0], [0.1, 0.2, 0.3], [-0.3, -0.2, -0.1]]], [[[0.2, 0.4, 0.6], [0.8, 1.0, 1.2], [-0.2, -0.4, -0.6]], [[0.0, 0.5, 0.0], [0.5, -2.0, 0.5], [0.0, 0.5, 0.0]]]]> : tensor<2x2x3x3xf32>
  %m = webnn.constant dense<[0.1, -0.2]> : tensor<2xf32>
  %v = webnn.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %s = webnn.constant dense<[1.5, 0.75]> : tensor<2xf32>
  %b = webnn.constant dense<[0.25, -0.5]> : tensor<2xf32>
  %y = webnn.composite "conv2d_batchnorm" %x, %w, %m, %v, %s, %b : (tensor<1x2x5x5xf32>, tensor<2x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32> {
  ^bb0(%i: tensor<1x2x5x5xf32>, %f: tensor<2x2x3x3xf32>, %mean: tensor<2xf32>, %var: tensor<2xf32>, %scale: tensor<2xf32>, %bias: tensor<2xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x2x5x5xf32>, tensor<2x2x3x3xf32>) -> tensor<1x2x3x3xf32>
    %n = webnn.batch_normalization %c, %mean, %var scale(%scale) bias(%bias) : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
    webnn.yield %n : tensor<1x2x3x3xf32>
  }
  return %y : tensor<1x2x3x3xf32>
}
