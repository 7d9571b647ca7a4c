// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// One case per rule of the HLO-style primitives' verifiers.

func.func @no_operands() -> tensor<2xf32> {
  // expected-error @+1 {{elementwise: needs at least one operand}}
  %r = webnn.elementwise : () -> tensor<2xf32> {
  ^bb0:
    %c = arith.constant 1.0 : f32
    webnn.yield %c : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @unsigned_operand(%x: tensor<2xui8>) -> tensor<2xui8> {
  // expected-error @+1 {{elementwise: operand 0 is 'ui8'; the scalar body works on float and signless integer types}}
  %r = webnn.elementwise %x : (tensor<2xui8>) -> tensor<2xui8> {
  ^bb0(%v: ui8):
    webnn.yield %v : ui8
  }
  return %r : tensor<2xui8>
}

// -----

func.func @not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{elementwise: operand 1 of shape [2] does not broadcast with the shape [2, 3] of the operands before it}}
  %r = webnn.elementwise %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32> {
  ^bb0(%v: f32, %w: f32):
    %s = arith.addf %v, %w : f32
    webnn.yield %s : f32
  }
  return %r : tensor<2x3xf32>
}

// -----

func.func @wrong_result_shape(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{elementwise: the result shape must be the broadcast shape [2, 3] of the operands}}
  %r = webnn.elementwise %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<3xf32> {
  ^bb0(%v: f32, %w: f32):
    %s = arith.addf %v, %w : f32
    webnn.yield %s : f32
  }
  return %r : tensor<3xf32>
}

// -----

func.func @body_argument_count(%a: tensor<2xf32>, %b: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{elementwise: the body takes 1 scalars, expected 2 (one per operand)}}
  %r = webnn.elementwise %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%v: f32):
    webnn.yield %v : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @body_argument_type(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{elementwise: body argument 0 has type 'f16', expected 'f32'}}
  %r = webnn.elementwise %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%v: f16):
    %e = arith.extf %v : f16 to f32
    webnn.yield %e : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @yield_type(%a: tensor<2xf32>) -> tensor<2xf32> {
  %r = webnn.elementwise %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%v: f32):
    %t = arith.truncf %v : f32 to f16
    // expected-error @+1 {{'webnn.yield' op yields 'f16', but elementwise produces 'f32'}}
    webnn.yield %t : f16
  }
  return %r : tensor<2xf32>
}

// -----

func.func @no_yield(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{elementwise: the body must end in webnn.yield}}
  %r = webnn.elementwise %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%v: f32):
    llvm.unreachable
  }
  return %r : tensor<2xf32>
}

// -----

func.func @side_effect(%a: tensor<2xf32>, %m: memref<2xf32>) -> tensor<2xf32> {
  %r = webnn.elementwise %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%v: f32):
    // expected-error @+1 {{'memref.alloc' op is not a side-effect free scalar op: the body of elementwise computes one scalar from scalars}}
    %buffer = memref.alloc() : memref<f32>
    %l = memref.load %buffer[] : memref<f32>
    webnn.yield %l : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @vector_in_body(%a: tensor<2xf32>) -> tensor<2xf32> {
  %r = webnn.elementwise %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%v: f32):
    // expected-error @+1 {{'vector.broadcast' op works on 'vector<4xf32>': the body of elementwise holds scalar ops only}}
    %b = vector.broadcast %v : f32 to vector<4xf32>
    %e = vector.extract %b[0] : f32 from vector<4xf32>
    webnn.yield %e : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @region_in_body(%a: tensor<2xf32>) -> tensor<2xf32> {
  %r = webnn.elementwise %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%v: f32):
    %zero = arith.constant 0.0 : f32
    %positive = arith.cmpf ogt, %v, %zero : f32
    // expected-error @+1 {{'scf.if' op is not a side-effect free scalar op: the body of elementwise computes one scalar from scalars}}
    %y = scf.if %positive -> f32 {
      scf.yield %v : f32
    } else {
      scf.yield %zero : f32
    }
    webnn.yield %y : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @captures_value(%a: tensor<2xf32>, %s: f32) -> tensor<2xf32> {
  // expected-note @+1 {{required by region isolation constraints}}
  %r = webnn.elementwise %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%v: f32):
    // expected-error @+1 {{using value defined outside the region}}
    %y = arith.addf %v, %s : f32
    webnn.yield %y : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @yield_outside(%v: f32) {
  // expected-error @+1 {{'webnn.yield' op expects parent op to be one of 'webnn.elementwise, webnn.reduce_window, webnn.reduce, webnn.composite'}}
  webnn.yield %v : f32
}

// -----

func.func @window_rank(%x: tensor<4x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{reduce_window: window_dimensions has 1 values, expected 2 for an input of rank 2}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 3>, init_value = 0.0 : f32} : (tensor<4x4xf32>) -> tensor<2x4xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<2x4xf32>
}

// -----

func.func @empty_window(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{reduce_window: window_dimensions must be at least 1, got 0}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 0>, init_value = 0.0 : f32} : (tensor<4x4xf32>) -> tensor<4x4xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<4x4xf32>
}

// -----

func.func @zero_stride(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{reduce_window: window_strides must be at least 1, got 0}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 1>, window_strides = array<i64: 1, 0>, init_value = 0.0 : f32} : (tensor<4x4xf32>) -> tensor<4x4xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<4x4xf32>
}

// -----

func.func @dilation_rank(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{reduce_window: window_dilations has 3 values, expected 2 for an input of rank 2}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 1>, window_dilations = array<i64: 1, 1, 1>, init_value = 0.0 : f32} : (tensor<4x4xf32>) -> tensor<4x4xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<4x4xf32>
}

// -----

func.func @negative_padding(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{reduce_window: padding must be at least 0, got -1}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 1>, padding = array<i64: 0, 0, -1, 1>, init_value = 0.0 : f32} : (tensor<4x4xf32>) -> tensor<4x4xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<4x4xf32>
}

// -----

func.func @padding_count(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{reduce_window: padding has 2 values, expected 4 for an input of rank 2}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 1>, padding = array<i64: 0, 0>, init_value = 0.0 : f32} : (tensor<4x4xf32>) -> tensor<4x4xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<4x4xf32>
}

// -----

func.func @unsigned_window(%x: tensor<4xui8>) -> tensor<2xui8> {
  // expected-error @+1 {{reduce_window: the input is 'ui8'; the scalar body works on float and signless integer types}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 3>, init_value = 0 : ui8} : (tensor<4xui8>) -> tensor<2xui8> {
  ^bb0(%a: ui8, %v: ui8):
    webnn.yield %a : ui8
  }
  return %r : tensor<2xui8>
}

// -----

func.func @init_type(%x: tensor<4xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce_window: init_value has type 'f16', expected the input's element type 'f32'}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 3>, init_value = 0.0 : f16} : (tensor<4xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @window_too_large(%x: tensor<4xf32>) -> tensor<1xf32> {
  // expected-error @+1 {{reduce_window: the window spans 5 elements of dimension 0, larger than its padded size 4}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 3>, window_dilations = array<i64: 2>, init_value = 0.0 : f32} : (tensor<4xf32>) -> tensor<1xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<1xf32>
}

// -----

func.func @window_result_shape(%x: tensor<9xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{reduce_window: the result must be [4] of 'f32'}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 3>, window_strides = array<i64: 2>, init_value = 0.0 : f32} : (tensor<9xf32>) -> tensor<3xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<3xf32>
}

// -----

func.func @window_body_arguments(%x: tensor<4xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce_window: the body takes 1 scalars, expected 2 (the accumulator and an element)}}
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 3>, init_value = 0.0 : f32} : (tensor<4xf32>) -> tensor<2xf32> {
  ^bb0(%v: f32):
    webnn.yield %v : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @window_yield_type(%x: tensor<4xf32>) -> tensor<2xf32> {
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 3>, init_value = 0.0 : f32} : (tensor<4xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    %t = arith.truncf %v : f32 to f16
    // expected-error @+1 {{'webnn.yield' op yields 'f16', but reduce_window produces 'f32'}}
    webnn.yield %t : f16
  }
  return %r : tensor<2xf32>
}

// -----

func.func @unsigned_result(%x: tensor<2xi8>) -> tensor<2xui8> {
  // expected-error @+1 {{elementwise: the result is 'ui8'; the scalar body works on float and signless integer types}}
  %r = webnn.elementwise %x : (tensor<2xi8>) -> tensor<2xui8> {
  ^bb0(%v: i8):
    %u = builtin.unrealized_conversion_cast %v : i8 to ui8
    webnn.yield %u : ui8
  }
  return %r : tensor<2xui8>
}

// -----

func.func @reduce_axis_out_of_range(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce: axis 2 is not in the range [0, 2)}}
  %r = webnn.reduce %x {axes = array<i64: 2>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_negative_axis(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce: axis -1 is not in the range [0, 2)}}
  %r = webnn.reduce %x {axes = array<i64: -1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_duplicate_axis(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce: axis 1 appears twice}}
  %r = webnn.reduce %x {axes = array<i64: 1, 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_no_axes_attribute(%x: tensor<2x3xf32>) -> tensor<f32> {
  // expected-error @+1 {{'webnn.reduce' op requires attribute 'axes'}}
  %r = webnn.reduce %x {init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<f32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<f32>
}

// -----

func.func @reduce_unsigned(%x: tensor<2x3xui8>) -> tensor<2xui8> {
  // expected-error @+1 {{reduce: the input is 'ui8'; the scalar body works on float and signless integer types}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0 : ui8} : (tensor<2x3xui8>) -> tensor<2xui8> {
  ^bb0(%a: ui8, %v: ui8):
    webnn.yield %a : ui8
  }
  return %r : tensor<2xui8>
}

// -----

func.func @reduce_init_type(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce: init_value has type 'i32', expected the input's element type 'f32'}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0 : i32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_init_tensor(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce: init_value has type 'tensor<f32>', expected the input's element type 'f32'}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = dense<0.0> : tensor<f32>} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_result_shape(%x: tensor<2x3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{reduce: the result must be [2] of 'f32'}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<3xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<3xf32>
}

// -----

func.func @reduce_kept_dimension(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+1 {{reduce: the result must be [2] of 'f32'}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2x1xf32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<2x1xf32>
}

// -----

func.func @reduce_result_element_type(%x: tensor<2x3xf32>) -> tensor<2xf16> {
  // expected-error @+1 {{reduce: the result must be [2] of 'f32'}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf16> {
  ^bb0(%a: f16, %v: f16):
    webnn.yield %a : f16
  }
  return %r : tensor<2xf16>
}

// -----

func.func @reduce_body_arguments(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce: the body takes 3 scalars, expected 2 (the accumulator and an element)}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32, %w: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_body_argument_type(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce: body argument 1 has type 'i32', expected 'f32'}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: i32):
    webnn.yield %a : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_yield_type(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    %t = arith.truncf %v : f32 to f16
    // expected-error @+1 {{'webnn.yield' op yields 'f16', but reduce produces 'f32'}}
    webnn.yield %t : f16
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_yield_count(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    // expected-error @+1 {{'webnn.yield' op yields 2 values, but reduce's body computes one scalar}}
    webnn.yield %a, %v : f32, f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_no_yield(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{reduce: the body must end in webnn.yield}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    llvm.unreachable
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_side_effect(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    // expected-error @+1 {{'memref.alloc' op is not a side-effect free scalar op: the body of reduce computes one scalar from scalars}}
    %buffer = memref.alloc() : memref<f32>
    %l = memref.load %buffer[] : memref<f32>
    webnn.yield %l : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_vector_in_body(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    // expected-error @+1 {{'vector.broadcast' op works on 'vector<4xf32>': the body of reduce holds scalar ops only}}
    %b = vector.broadcast %v : f32 to vector<4xf32>
    %e = vector.extract %b[0] : f32 from vector<4xf32>
    webnn.yield %e : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_region_in_body(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    %positive = arith.cmpf ogt, %v, %a : f32
    // expected-error @+1 {{'scf.if' op is not a side-effect free scalar op: the body of reduce computes one scalar from scalars}}
    %y = scf.if %positive -> f32 {
      scf.yield %v : f32
    } else {
      scf.yield %a : f32
    }
    webnn.yield %y : f32
  }
  return %r : tensor<2xf32>
}

// -----

func.func @reduce_captures_value(%x: tensor<2x3xf32>, %s: f32) -> tensor<2xf32> {
  // expected-note @+1 {{required by region isolation constraints}}
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%a: f32, %v: f32):
    // expected-error @+1 {{using value defined outside the region}}
    %y = arith.addf %v, %s : f32
    webnn.yield %y : f32
  }
  return %r : tensor<2xf32>
}

// -----

// Empty axes are allowed: the result is the input's shape.
func.func @reduce_empty_axes(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %r = webnn.reduce %x {axes = array<i64>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32> {
  ^bb0(%a: f32, %v: f32):
    %s = arith.addf %a, %v : f32
    webnn.yield %s : f32
  }
  return %r : tensor<2x3xf32>
}

// -----

func.func @reduce_empty_axes_result_shape(%x: tensor<2x3xf32>) -> tensor<f32> {
  // expected-error @+1 {{reduce: the result must be [2, 3] of 'f32'}}
  %r = webnn.reduce %x {axes = array<i64>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<f32> {
  ^bb0(%a: f32, %v: f32):
    webnn.yield %a : f32
  }
  return %r : tensor<f32>
}

// -----

func.func @iota_dimension_out_of_range() -> tensor<2x3xi32> {
  // expected-error @+1 {{iota: dimension 2 is not in the range [0, 2)}}
  %i = webnn.iota {dimension = 2} : tensor<2x3xi32>
  return %i : tensor<2x3xi32>
}

// -----

func.func @iota_negative_dimension() -> tensor<2x3xi32> {
  // expected-error @+1 {{iota: dimension -1 is not in the range [0, 2)}}
  %i = webnn.iota {dimension = -1} : tensor<2x3xi32>
  return %i : tensor<2x3xi32>
}

// -----

func.func @iota_rank_0() -> tensor<i32> {
  // expected-error @+1 {{iota: dimension 0 is not in the range [0, 0)}}
  %i = webnn.iota {dimension = 0} : tensor<i32>
  return %i : tensor<i32>
}

// -----

func.func @iota_unsigned() -> tensor<4xui32> {
  // expected-error @+1 {{iota: the result is 'ui32'; iota produces float and signless integer types}}
  %i = webnn.iota {dimension = 0} : tensor<4xui32>
  return %i : tensor<4xui32>
}
