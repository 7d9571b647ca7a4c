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
