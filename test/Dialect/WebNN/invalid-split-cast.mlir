// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// One test per validation rule of split and cast.

func.func @split_sum(%x: tensor<3x6xf32>) {
  // expected-error @+2 {{split: splits [2, 2] sum to 4, not to the size of dimension 1 (6)}}
  // expected-error @+1 {{'webnn.split' op failed to infer returned types}}
  %a, %b = webnn.split %x {splits = array<i64: 2, 2>, axis = 1 : i32} : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x2xf32>)
  return
}

// -----

func.func @split_zero_piece(%x: tensor<3x6xf32>) {
  // expected-error @+2 {{split: splits [6, 0] must hold values in the range [1, 6]}}
  // expected-error @+1 {{'webnn.split' op failed to infer returned types}}
  %a, %b = webnn.split %x {splits = array<i64: 6, 0>, axis = 1 : i32} : (tensor<3x6xf32>) -> (tensor<3x6xf32>, tensor<3x1xf32>)
  return
}

// -----

func.func @split_no_pieces(%x: tensor<3x6xf32>) {
  // expected-error @+2 {{split: splits must have between 1 and 8192 values, got 0}}
  // expected-error @+1 {{'webnn.split' op failed to infer returned types}}
  webnn.split %x {splits = array<i64>} : (tensor<3x6xf32>) -> ()
  return
}

// -----

func.func @split_axis(%x: tensor<3x6xf32>) {
  // expected-error @+2 {{split: axis (2) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.split' op failed to infer returned types}}
  %a = webnn.split %x {splits = array<i64: 6>, axis = 2 : i32} : (tensor<3x6xf32>) -> tensor<3x6xf32>
  return
}

// -----

func.func @split_rank_zero(%x: tensor<f32>) {
  // expected-error @+2 {{split: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.split' op failed to infer returned types}}
  %a = webnn.split %x {splits = array<i64: 1>} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @split_wrong_results(%x: tensor<3x6xf32>) {
  // expected-error @+2 {{'webnn.split' op inferred type(s) 'tensor<3x2xf32>', 'tensor<3x4xf32>' are incompatible with return type(s) of operation 'tensor<3x3xf32>', 'tensor<3x3xf32>'}}
  // expected-error @+1 {{'webnn.split' op failed to infer returned types}}
  %a, %b = webnn.split %x {splits = array<i64: 2, 4>, axis = 1 : i32} : (tensor<3x6xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>)
  return
}

// -----

func.func @cast_to_index(%x: tensor<2xf32>) {
  // expected-error @+2 {{cast: type (index) is not a WebNN data type}}
  // expected-error @+1 {{'webnn.cast' op failed to infer returned types}}
  %0 = webnn.cast %x {data_type = index} : (tensor<2xf32>) -> tensor<2xi32>
  return
}

// -----

func.func @cast_wrong_result(%x: tensor<2xf32>) {
  // expected-error @+2 {{'webnn.cast' op inferred type(s) 'tensor<2xi8>' are incompatible with return type(s) of operation 'tensor<2xi32>'}}
  // expected-error @+1 {{'webnn.cast' op failed to infer returned types}}
  %0 = webnn.cast %x {data_type = i8} : (tensor<2xf32>) -> tensor<2xi32>
  return
}
