// The ONNX importer (webnn-translate --import-onnx, and webnn-run on .onnx
// files). Inputs/ is written by generate_inputs.py, with numpy references.

// RUN: webnn-translate --import-onnx %S/Inputs/classifier.onnx --mlir-print-debuginfo | FileCheck %s --check-prefix=IR
// IR-LABEL: func.func @main(%{{.*}}: tensor<1x3x8x8xf32> {webnn.name = "input"}{{.*}}) -> (tensor<1x10xf32> {webnn.name = "output"})
// Weights become resource blobs; small constants stay literals.
// IR: %[[W:.*]] = webnn.constant dense_resource<constant_0> : tensor<4x3x3x3xf32> loc(#[[WLOC:.*]])
// IR: %[[C:.*]] = webnn.conv2d %{{.*}}, %[[W]] bias(%{{.*}}) {{.*}}padding = array<i64: 1, 1, 1, 1>{{.*}} loc(#[[CONV:.*]])
// Clip's bounds (initializers) become clamp options, not operands.
// IR: webnn.clamp %[[C]] {max_value = 6.000000e+00 : f64, min_value = 0.000000e+00 : f64}
// IR: webnn.max_pool2d {{.*}}window_dimensions = array<i64: 2, 2>
// The -1 of Reshape's shape is inferred.
// IR: webnn.reshape {{.*}}new_shape = array<i64: 1, 64>
// IR: webnn.gemm {{.*}}b_transpose = true
// IR: webnn.softmax {{.*}}axis = 1 : i32
// IR-DAG: #[[WLOC]] = loc("W")
// IR-DAG: #[[CONV]] = loc("conv")
// IR: dialect_resources
// IR: constant_0: "0x08000000

// RUN: webnn-run %S/Inputs/classifier.onnx --input %S/Inputs/classifier_input.npy --compare %S/Inputs/classifier_expected.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s --check-prefix=CLS
// RUN: webnn-run %S/Inputs/classifier.onnx --pipeline reference --input %S/Inputs/classifier_input.npy --compare %S/Inputs/classifier_expected.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s --check-prefix=CLS
// CLS: compare 'output' with {{.*}}classifier_expected.npy: match

// Opset 11 Softmax flattens at its axis; AveragePool with
// count_include_pad scales by a constant; Dropout and Identity vanish.
// RUN: webnn-translate --import-onnx %S/Inputs/companions.onnx | FileCheck %s --check-prefix=COMP
// COMP: webnn.average_pool2d
// COMP: %[[SCALE:.*]] = webnn.constant dense<{{\[\[}}0.444444448, 0.666666686{{.*}} : tensor<4x4xf32>
// COMP: webnn.mul %{{.*}}, %[[SCALE]]
// COMP: webnn.batch_normalization
// COMP: webnn.leaky_relu
// COMP-NOT: webnn.identity
// COMP: webnn.transpose
// COMP: webnn.concat {{.*}}axis = 3 : i32
// COMP: webnn.reshape {{.*}}new_shape = array<i64: 1, 16, 4>
// COMP: webnn.reshape {{.*}}new_shape = array<i64: 1, 64>
// COMP: webnn.softmax {{.*}}axis = 1 : i32
// COMP: webnn.reshape {{.*}}new_shape = array<i64: 1, 16, 4>
// RUN: webnn-run %S/Inputs/companions.onnx --input %S/Inputs/companions_input.npy --compare output=%S/Inputs/companions_expected.npy --compare output2=%S/Inputs/companions_expected2.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s --check-prefix=OUTPUTS
// OUTPUTS: compare 'output' with {{.*}}: match
// OUTPUTS: compare 'output2' with {{.*}}: match

// ONNX's ceil_mode drops a last window that starts in the end padding;
// outputSizes pins that size.
// RUN: webnn-translate --import-onnx %S/Inputs/ceil_pool.onnx | FileCheck %s --check-prefix=CEIL
// CEIL: webnn.max_pool2d {{.*}}output_sizes = array<i64: 2, 2>{{.*}} -> tensor<1x1x2x2xf32>

// The ops of the second op set (more_ops.onnx): each imports to its webnn
// op, and each output matches numpy on both pipelines.
// RUN: webnn-translate --import-onnx %S/Inputs/more_ops.onnx | FileCheck %s --check-prefix=MORE
// MORE-DAG: webnn.erf
// MORE-DAG: webnn.sin
// MORE-DAG: webnn.greater {{.*}} -> tensor<2x6xui8>
// MORE-DAG: webnn.where
// MORE-DAG: webnn.reduce_mean {{.*}}axes = array<i64: 1>, keep_dimensions = true
// MORE-DAG: webnn.reduce_sum {{.*}}axes = array<i64: 1>}
// MORE-DAG: webnn.arg_max {{.*}}axis = 1 : i32, output_data_type = i64
// MORE-DAG: webnn.cumulative_sum {{.*}}axis = 1 : i32
// MORE-DAG: webnn.gather {{.*}}axis = 1 : i32
// MORE-DAG: webnn.elu {{.*}}alpha = 5.000000e-01
// MORE-DAG: webnn.softplus
// MORE-DAG: webnn.hard_sigmoid
// MORE-DAG: webnn.prelu
// MORE-DAG: webnn.cast {{.*}}data_type = i32
// MORE-DAG: webnn.tile {{.*}}repetitions = array<i64: 3, 1>
// MORE-DAG: webnn.triangular {{.*}}diagonal = 1 : i64, upper = false
// RUN: webnn-run %S/Inputs/more_ops.onnx --input %S/Inputs/more_ops_input.npy --compare mean=%S/Inputs/more_ops_mean.npy --compare sum=%S/Inputs/more_ops_sum.npy --compare argmax=%S/Inputs/more_ops_argmax.npy --compare cumsum=%S/Inputs/more_ops_cumsum.npy --compare gathered=%S/Inputs/more_ops_gathered.npy --compare elu=%S/Inputs/more_ops_elu.npy --compare softplus=%S/Inputs/more_ops_softplus.npy --compare hardsigmoid=%S/Inputs/more_ops_hardsigmoid.npy --compare prelu=%S/Inputs/more_ops_prelu.npy --compare int=%S/Inputs/more_ops_int.npy --compare lower=%S/Inputs/more_ops_lower.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s --check-prefix=MOREOUT
// RUN: webnn-run %S/Inputs/more_ops.onnx --pipeline reference --input %S/Inputs/more_ops_input.npy --compare mean=%S/Inputs/more_ops_mean.npy --compare sum=%S/Inputs/more_ops_sum.npy --compare argmax=%S/Inputs/more_ops_argmax.npy --compare cumsum=%S/Inputs/more_ops_cumsum.npy --compare gathered=%S/Inputs/more_ops_gathered.npy --compare elu=%S/Inputs/more_ops_elu.npy --compare softplus=%S/Inputs/more_ops_softplus.npy --compare hardsigmoid=%S/Inputs/more_ops_hardsigmoid.npy --compare prelu=%S/Inputs/more_ops_prelu.npy --compare int=%S/Inputs/more_ops_int.npy --compare lower=%S/Inputs/more_ops_lower.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s --check-prefix=MOREOUT
// MOREOUT-COUNT-11: : match
// MOREOUT-NOT: MISMATCH

// Slice (negative start, clamped end, axes, steps) and Pad (reflect, and a
// constant value input).
// RUN: webnn-translate --import-onnx %S/Inputs/slice_pad.onnx | FileCheck %s --check-prefix=SLICEPAD
// SLICEPAD: webnn.slice {{.*}}sizes = array<i64: 3, 8>, starts = array<i64: 1, 2>, strides = array<i64: 1, 3>
// SLICEPAD: webnn.pad {{.*}}beginning_padding = array<i64: 1, 3>, ending_padding = array<i64: 2, 0>, mode = #webnn.padding_mode<reflection>
// SLICEPAD: webnn.pad {{.*}}value = -7.000000e+00
// RUN: webnn-run %S/Inputs/slice_pad.onnx --input %S/Inputs/slice_pad_input.npy --compare sliced=%S/Inputs/slice_pad_sliced.npy --compare reflected=%S/Inputs/slice_pad_reflected.npy --compare constant=%S/Inputs/slice_pad_constant.npy --atol 0 --rtol 0 | FileCheck %s --check-prefix=SLICEPADOUT
// SLICEPADOUT-COUNT-3: : match
// SLICEPADOUT-NOT: MISMATCH

// LayerNormalization (opset 17) over the dimensions from axis -2, its bias
// expanded from [6] to the normalized shape [4, 6]; InstanceNormalization
// with its epsilon.
// RUN: webnn-translate --import-onnx %S/Inputs/normalization.onnx | FileCheck %s --check-prefix=NORM
// NORM: %[[BIAS:.*]] = webnn.expand %{{.*}} {new_shape = array<i64: 4, 6>} : (tensor<6xf32>) -> tensor<4x6xf32>
// NORM: webnn.layer_normalization %arg0 scale(%{{.*}}) bias(%[[BIAS]]) {axes = array<i64: 2, 3>, epsilon = 9.99{{[0-9]*}}E-6 : f64} : (tensor<2x3x4x6xf32>, tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<2x3x4x6xf32>
// NORM: webnn.instance_normalization %arg0 scale(%{{.*}}) bias(%{{.*}}) {epsilon = 0.0010000000{{[0-9]*}} : f64} : (tensor<2x3x4x6xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x6xf32>
// RUN: webnn-run %S/Inputs/normalization.onnx --input %S/Inputs/normalization_input.npy --compare layer=%S/Inputs/normalization_layer.npy --compare instance=%S/Inputs/normalization_instance.npy | FileCheck %s --check-prefix=NORMOUT
// NORMOUT-COUNT-2: : match
// NORMOUT-NOT: MISMATCH

// ConvTranspose with strides, pads, dilations, output_padding, group and a
// bias (ONNX's pads [top, left, bottom, right] become WebNN's [top, bottom,
// left, right]); and with auto_pad SAME_UPPER, its padding derived from an
// output of the input times the stride. The references are numpy's,
// checked against ONNX Runtime.
// RUN: webnn-translate --import-onnx %S/Inputs/conv_transpose.onnx | FileCheck %s --check-prefix=CONVT
// CONVT: webnn.conv_transpose2d %arg0, %{{.*}} bias(%{{.*}}) {dilations = array<i64: 1, 2>, groups = 2 : i32, output_padding = array<i64: 1, 2>, padding = array<i64: 1, 2, 0, 1>, strides = array<i64: 2, 3>} : (tensor<1x4x5x6xf32>, tensor<4x3x3x2xf32>, tensor<6xf32>) -> tensor<1x6x9x19xf32>
// CONVT: webnn.conv_transpose2d %arg0, %{{.*}} {dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>, padding = array<i64: 0, 1, 0, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x5x6xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x10x12xf32>
// RUN: webnn-run %S/Inputs/conv_transpose.onnx --input %S/Inputs/conv_transpose_input.npy --compare strided=%S/Inputs/conv_transpose_strided.npy --compare same=%S/Inputs/conv_transpose_same.npy | FileCheck %s --check-prefix=CONVTOUT
// CONVTOUT-COUNT-2: : match
// CONVTOUT-NOT: MISMATCH

// Resize (opset 13, half-pixel) as resample2d: nearest by scales (the
// default axes), linear by sizes, linear over dimensions 1 and 2; the
// references are numpy's, checked against ONNX Runtime.
// RUN: webnn-translate --import-onnx %S/Inputs/resize.onnx | FileCheck %s --check-prefix=RESIZE
// RESIZE: webnn.resample2d %arg0 {axes = array<i64: 2, 3>, sizes = array<i64: 6, 8>} : (tensor<1x2x3x4xf32>) -> tensor<1x2x6x8xf32>
// RESIZE: webnn.resample2d %arg0 {axes = array<i64: 2, 3>, mode = #webnn.interpolation<linear>, sizes = array<i64: 5, 7>} : (tensor<1x2x3x4xf32>) -> tensor<1x2x5x7xf32>
// RESIZE: webnn.resample2d %arg0 {axes = array<i64: 1, 2>, mode = #webnn.interpolation<linear>, sizes = array<i64: 5, 2>} : (tensor<1x2x3x4xf32>) -> tensor<1x5x2x4xf32>
// RUN: webnn-run %S/Inputs/resize.onnx --input %S/Inputs/resize_input.npy --compare nearest=%S/Inputs/resize_nearest.npy --compare linear=%S/Inputs/resize_linear.npy --compare channels_last=%S/Inputs/resize_channels_last.npy | FileCheck %s --check-prefix=RESIZEOUT
// RESIZEOUT-COUNT-3: : match
// RESIZEOUT-NOT: MISMATCH

// QuantizeLinear per tensor with no zero point (0 of uint8), its
// DequantizeLinear, and a per-axis DequantizeLinear of int8 weights: the
// scalar and 1-D parameters reshaped to the input's rank.
// RUN: webnn-translate --import-onnx %S/Inputs/quantization.onnx | FileCheck %s --check-prefix=QUANT
// QUANT: %[[S:.*]] = webnn.reshape %{{.*}} {new_shape = array<i64: 1, 1, 1>} : (tensor<f32>) -> tensor<1x1x1xf32>
// QUANT: %[[Z:.*]] = webnn.reshape %{{.*}} {new_shape = array<i64: 1, 1, 1>} : (tensor<ui8>) -> tensor<1x1x1xui8>
// QUANT: %[[Q:.*]] = webnn.quantize_linear %arg0, %[[S]], %[[Z]] : (tensor<2x3x4xf32>, tensor<1x1x1xf32>, tensor<1x1x1xui8>) -> tensor<2x3x4xui8>
// QUANT: webnn.dequantize_linear %[[Q]], %{{.*}}, %{{.*}} : (tensor<2x3x4xui8>, tensor<1x1x1xf32>, tensor<1x1x1xui8>) -> tensor<2x3x4xf32>
// QUANT: %[[WS:.*]] = webnn.reshape %{{.*}} {new_shape = array<i64: 4, 1>} : (tensor<4xf32>) -> tensor<4x1xf32>
// QUANT: %[[WZ:.*]] = webnn.reshape %{{.*}} {new_shape = array<i64: 4, 1>} : (tensor<4xi8>) -> tensor<4x1xi8>
// QUANT: webnn.dequantize_linear %{{.*}}, %[[WS]], %[[WZ]] : (tensor<4x5xi8>, tensor<4x1xf32>, tensor<4x1xi8>) -> tensor<4x5xf32>
// RUN: webnn-run %S/Inputs/quantization.onnx --input %S/Inputs/quantization_input.npy --compare quantized=%S/Inputs/quantization_quantized.npy --compare dequantized=%S/Inputs/quantization_dequantized.npy --compare weights=%S/Inputs/quantization_weights.npy --atol 0 --rtol 0 | FileCheck %s --check-prefix=QUANTOUT
// QUANTOUT-COUNT-3: : match
// QUANTOUT-NOT: MISMATCH
