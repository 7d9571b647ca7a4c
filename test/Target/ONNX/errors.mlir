// The importer's errors: the node, its op type and what is missing; no
// crash on a corrupt file.
// RUN: not webnn-translate --import-onnx %S/Inputs/unsupported_op.onnx 2>&1 | FileCheck %s --check-prefix=OP
// RUN: not webnn-translate --import-onnx %S/Inputs/conv3d.onnx 2>&1 | FileCheck %s --check-prefix=CONV3D
// RUN: not webnn-translate --import-onnx %S/Inputs/dynamic_dims.onnx 2>&1 | FileCheck %s --check-prefix=DYNAMIC
// RUN: not webnn-translate --import-onnx %S/Inputs/old_opset.onnx 2>&1 | FileCheck %s --check-prefix=OPSET
// RUN: not webnn-translate --import-onnx %S/Inputs/truncated.onnx 2>&1 | FileCheck %s --check-prefix=CORRUPT
// RUN: not webnn-translate --import-onnx %S/Inputs/not_onnx.onnx 2>&1 | FileCheck %s --check-prefix=CORRUPT
// RUN: not webnn-translate --import-onnx %S/Inputs/missing.onnx 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not webnn-translate --import-onnx %S/Inputs/huge_initializer.onnx 2>&1 | FileCheck %s --check-prefix=HUGE
// RUN: not webnn-translate --import-onnx %S/Inputs/short_raw_data.onnx 2>&1 | FileCheck %s --check-prefix=SHORT
// RUN: not webnn-translate --import-onnx %S/Inputs/few_bytes_initializer.onnx 2>&1 | FileCheck %s --check-prefix=FEWBYTES
// RUN: not webnn-translate --import-onnx %S/Inputs/reshape_2e62.onnx 2>&1 | FileCheck %s --check-prefix=RESHAPE62
// RUN: not webnn-translate --import-onnx %S/Inputs/vector_clip_bound.onnx 2>&1 | FileCheck %s --check-prefix=BOUND
// RUN: not webnn-translate --import-onnx %S/Inputs/reshape_overflow.onnx 2>&1 | FileCheck %s --check-prefix=RESHAPE
// RUN: not webnn-translate --import-onnx %S/Inputs/concat_omitted_input.onnx 2>&1 | FileCheck %s --check-prefix=CONCAT
// RUN: not webnn-translate --import-onnx %S/Inputs/huge_pool_window.onnx 2>&1 | FileCheck %s --check-prefix=POOLWINDOW
// RUN: not webnn-translate --import-onnx %S/Inputs/zero_stride_conv.onnx 2>&1 | FileCheck %s --check-prefix=STRIDE
// RUN: not webnn-translate %S/Inputs/classifier.onnx 2>&1 | FileCheck %s --check-prefix=NOMODE
// RUN: not webnn-run %S/Inputs/unsupported_op.onnx --random-inputs 2>&1 | FileCheck %s --check-prefix=OP
// RUN: not webnn-translate --import-onnx %S/Inputs/argmax_last_index.onnx 2>&1 | FileCheck %s --check-prefix=LASTINDEX
// RUN: not webnn-translate --import-onnx %S/Inputs/scatter_add.onnx 2>&1 | FileCheck %s --check-prefix=SCATTERADD
// RUN: not webnn-translate --import-onnx %S/Inputs/reduce_bad_axis.onnx 2>&1 | FileCheck %s --check-prefix=BADAXIS
// RUN: not webnn-translate --import-onnx %S/Inputs/resize_cubic.onnx 2>&1 | FileCheck %s --check-prefix=CUBIC
// RUN: not webnn-translate --import-onnx %S/Inputs/resize_fractional.onnx 2>&1 | FileCheck %s --check-prefix=FRACTIONAL
// RUN: not webnn-translate --import-onnx %S/Inputs/layer_norm_bad_axis.onnx 2>&1 | FileCheck %s --check-prefix=LNAXIS
// RUN: not webnn-translate --import-onnx %S/Inputs/conv_transpose_bad_auto_pad.onnx 2>&1 | FileCheck %s --check-prefix=AUTOPAD

// OP: error: {{.*}}unsupported_op.onnx: node 'hardmax_node' (Hardmax): op type 'Hardmax' is not supported
// CONV3D: error: {{.*}}conv3d.onnx: node 'conv3d' (Conv): only 2-D convolutions (4-D input and weight) are supported
// DYNAMIC: error: {{.*}}dynamic_dims.onnx: input 'input' has a dynamic dimension 'N'; only static shapes can be imported
// OPSET: error: {{.*}}old_opset.onnx: opset 6 of the default domain is not supported (7 to 17 are)
// CORRUPT: error: {{.*}}: not a valid ONNX model (the protobuf does not parse; the file may be truncated or corrupt)
// MISSING: error: cannot open '{{.*}}missing.onnx': No such file or directory
// An initializer's data is checked against its shape before anything is
// allocated for it.
// HUGE: error: {{.*}}huge_initializer.onnx: node 'add' (Add): tensor 'W' has 0 elements, its shape holds 1000000000000000
// SHORT: error: {{.*}}short_raw_data.onnx: node 'add' (Add): tensor 'W' has 3 bytes of data, its shape needs 1 x 4 bytes
// FEWBYTES: error: {{.*}}few_bytes_initializer.onnx: node 'add' (Add): tensor 'W' has 8 bytes of data, its shape needs 1099511627776 x 4 bytes
// A reshape of 4 elements to 2^62 is refused by the builder's check of the
// element count, before any size is computed from it.
// RESHAPE62: error: {{.*}}reshape_2e62.onnx: node 'reshape' (Reshape): reshape: newShape [1073741824, 1073741824, 4] has 4611686018427387904 elements but the input [4] has 4
// BOUND: error: {{.*}}vector_clip_bound.onnx: node 'clip' (Clip): 'lo' must be a scalar, it has 2 elements
// Found by OnnxFuzzer: a Reshape shape whose product overflows int64.
// RESHAPE: error: {{.*}}reshape_overflow.onnx: node 'reshape' (Reshape): shape has more elements than fit in 64 bits
// Found by OnnxModelFuzzer: an omitted input of a Concat crashed the builder.
// CONCAT: error: {{.*}}concat_omitted_input.onnx: node 'concat' (Concat): needs 2 inputs
// Found by OnnxModelFuzzer: window attributes are bounded before the
// importer computes sizes from them.
// POOLWINDOW: error: {{.*}}huge_pool_window.onnx: node 'pool' (MaxPool): kernel_shape value 1099511627776 is not in [1, 2147483647]
// STRIDE: error: {{.*}}zero_stride_conv.onnx: node 'conv' (Conv): strides value 0 is not in [1, 2147483647]
// NOMODE: webnn-translate: error: choose a translation (--import-onnx)

// The second op set's converters refuse what they do not implement.
// LASTINDEX: error: {{.*}}argmax_last_index.onnx: node 'argmax' (ArgMax): select_last_index is not supported
// SCATTERADD: error: {{.*}}scatter_add.onnx: node 'scatter' (ScatterElements): reduction 'add' is not supported
// BADAXIS: error: {{.*}}reduce_bad_axis.onnx: node 'sum' (ReduceSum): axis 5 is out of range for rank 2

// The third op set's converters refuse what they do not implement.
// CUBIC: error: {{.*}}resize_cubic.onnx: node 'resize' (Resize): mode 'cubic' is not supported
// FRACTIONAL: error: {{.*}}resize_fractional.onnx: node 'resize' (Resize): scale 1.50 of a dimension of 3 does not give a whole output size
// LNAXIS: error: {{.*}}layer_norm_bad_axis.onnx: node 'layer_norm' (LayerNormalization): axis 3 is out of range for an input of rank 2
// AUTOPAD: error: {{.*}}conv_transpose_bad_auto_pad.onnx: node 'deconv' (ConvTranspose): auto_pad 'SAME' is not supported
