// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of a small graph: ops chained through SSA values and a
// resource constant, parsed, printed, and parsed again through the custom
// and the generic assembly forms.

// CHECK-LABEL: func @graph(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1x4x4xf32>)
// CHECK:         %[[W:.*]] = webnn.constant dense_resource<conv_w> : tensor<1x1x2x2xf32>
// CHECK:         %[[B:.*]] = webnn.constant dense<5.000000e-01> : tensor<1xf32>
// CHECK:         %[[C:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>, tensor<1xf32>) -> tensor<1x1x3x3xf32>
// CHECK:         %[[A:.*]] = webnn.relu %[[C]] : (tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
// CHECK:         %[[P:.*]] = webnn.max_pool2d %[[A]] : (tensor<1x1x3x3xf32>) -> tensor<1x1x1x1xf32>
// CHECK:         %[[F:.*]] = webnn.reshape %[[P]] {new_shape = array<i64: 1, 1>} : (tensor<1x1x1x1xf32>) -> tensor<1x1xf32>
// CHECK:         %[[S:.*]] = webnn.softmax %[[F]] {axis = 1 : i32} : (tensor<1x1xf32>) -> tensor<1x1xf32>
// CHECK:         return %[[S]] : tensor<1x1xf32>
func.func @graph(%x: tensor<1x1x4x4xf32>) -> tensor<1x1xf32> {
  %w = webnn.constant dense_resource<conv_w> : tensor<1x1x2x2xf32>
  %b = webnn.constant dense<0.5> : tensor<1xf32>
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>, tensor<1xf32>) -> tensor<1x1x3x3xf32>
  %1 = webnn.relu %0 : (tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %2 = webnn.max_pool2d %1 : (tensor<1x1x3x3xf32>) -> tensor<1x1x1x1xf32>
  %3 = webnn.reshape %2 {new_shape = array<i64: 1, 1>} : (tensor<1x1x1x1xf32>) -> tensor<1x1xf32>
  %4 = webnn.softmax %3 {axis = 1 : i32} : (tensor<1x1xf32>) -> tensor<1x1xf32>
  return %4 : tensor<1x1xf32>
}

// The resource blob survives both round trips.
// CHECK:       dialect_resources
// CHECK:       builtin
// CHECK:       conv_w: "0x040000000000803F000000400000404000008040"

{-#
  dialect_resources: {
    builtin: {
      conv_w: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
