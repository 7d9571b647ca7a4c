// One ONNX op at two opsets whose semantics differ: the importer's converter
// table picks the entry with the highest first opset not above the model's
// (lib/Target/ONNX/ConverterTable.cpp). Inputs/ is written by
// generate_inputs.py.

// Softmax up to opset 12 coerces its input to 2-D at `axis` and normalizes
// over the flattened inner dimensions.
// RUN: webnn-translate --import-onnx %S/Inputs/softmax_opset11.onnx | FileCheck %s --check-prefix=SOFTMAX11
// SOFTMAX11: %[[FLAT:.*]] = webnn.reshape %arg0 {new_shape = array<i64: 2, 12>}
// SOFTMAX11-NEXT: %[[SOFT:.*]] = webnn.softmax %[[FLAT]] {axis = 1 : i32} : (tensor<2x12xf32>) -> tensor<2x12xf32>
// SOFTMAX11-NEXT: webnn.reshape %[[SOFT]] {new_shape = array<i64: 2, 3, 4>}

// From opset 13 the same node normalizes over axis 1 alone.
// RUN: webnn-translate --import-onnx %S/Inputs/softmax_opset13.onnx | FileCheck %s --check-prefix=SOFTMAX13
// SOFTMAX13-NOT: webnn.reshape
// SOFTMAX13: webnn.softmax %arg0 {axis = 1 : i32} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
// SOFTMAX13-NOT: webnn.reshape

// Clip up to opset 10 reads its bounds from attributes, from 11 from
// (constant) inputs; both become the same clamp.
// RUN: webnn-translate --import-onnx %S/Inputs/clip_opset7.onnx | FileCheck %s --check-prefix=CLIP
// RUN: webnn-translate --import-onnx %S/Inputs/clip_opset11.onnx | FileCheck %s --check-prefix=CLIP
// CLIP: webnn.clamp %arg0 {max_value = 2.000000e+00 : f64, min_value = -1.000000e+00 : f64}
