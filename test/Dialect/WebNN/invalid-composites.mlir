// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// One case per rule of webnn.composite's verifier: the region's signature
// for any label, and the registry's entry for a known one.

func.func @region_arguments(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{composite: the region takes 2 values, expected 1 (one per operand)}}
  %y = webnn.composite "opaque" %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%x: tensor<2xf32>, %z: tensor<2xf32>):
    webnn.yield %x : tensor<2xf32>
  }
  return %y : tensor<2xf32>
}

// -----

func.func @region_argument_type(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{composite: region argument 0 has type 'tensor<3xf32>', expected 'tensor<2xf32>'}}
  %y = webnn.composite "opaque" %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%x: tensor<3xf32>):
    %zero = webnn.constant dense<0.0> : tensor<2xf32>
    webnn.yield %zero : tensor<2xf32>
  }
  return %y : tensor<2xf32>
}

// -----

func.func @yield_types(%a: tensor<2xf32>) -> tensor<2xf32> {
  %y = webnn.composite "opaque" %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%x: tensor<2xf32>):
    // expected-error @+1 {{'webnn.yield' op yields ('tensor<2xf32>', 'tensor<2xf32>'), but the composite produces ('tensor<2xf32>')}}
    webnn.yield %x, %x : tensor<2xf32>, tensor<2xf32>
  }
  return %y : tensor<2xf32>
}

// -----

func.func @no_yield(%a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{composite: the region must end in webnn.yield}}
  %y = webnn.composite "opaque" %a : (tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%x: tensor<2xf32>):
    llvm.unreachable
  }
  return %y : tensor<2xf32>
}

// -----

func.func @version(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{composite 'gemm': version 2 is not defined (the registry has version 1)}}
  %y = webnn.composite "gemm" %a, %b {version = 2 : i32} : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>):
    %p = webnn.matmul %x, %w : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
    webnn.yield %p : tensor<2x3xf32>
  }
  return %y : tensor<2x3xf32>
}

// -----

// A residual block needs its residual: input, filter, [bias], residual.
func.func @residual_operand_count(%x: tensor<1x4x5x5xf32>, %w: tensor<4x4x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+1 {{composite 'conv2d_residual_activation': takes 3 to 4 operands, got 2}}
  %y = webnn.composite "conv2d_residual_activation" %x, %w {composite_attributes = {activation = "none"}} : (tensor<1x4x5x5xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x3x3xf32> {
  ^bb0(%i: tensor<1x4x5x5xf32>, %f: tensor<4x4x3x3xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x4x5x5xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %s = webnn.add %c, %c : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    webnn.yield %s : tensor<1x4x3x3xf32>
  }
  return %y : tensor<1x4x3x3xf32>
}

// -----

func.func @operand_count(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{composite 'gemm': takes 2 to 3 operands, got 1}}
  %y = webnn.composite "gemm" %a : (tensor<2x4xf32>) -> tensor<2x4xf32> {
  ^bb0(%x: tensor<2x4xf32>):
    webnn.yield %x : tensor<2x4xf32>
  }
  return %y : tensor<2x4xf32>
}

// -----

func.func @result_count(%a: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  // expected-error @+1 {{composite 'softmax': has 1 results, got 2}}
  %y:2 = webnn.composite "softmax" %a : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%x: tensor<4xf32>):
    webnn.yield %x, %x : tensor<4xf32>, tensor<4xf32>
  }
  return %y#0, %y#1 : tensor<4xf32>, tensor<4xf32>
}

// -----

func.func @unknown_attribute(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{composite 'gemm': unknown attribute 'gamma'}}
  %y = webnn.composite "gemm" %a, %b {composite_attributes = {gamma = 1.0 : f64}} : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>):
    %p = webnn.matmul %x, %w : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
    webnn.yield %p : tensor<2x3xf32>
  }
  return %y : tensor<2x3xf32>
}

// -----

func.func @attribute_kind(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{composite 'gemm': attribute 'alpha' must be a float}}
  %y = webnn.composite "gemm" %a, %b {composite_attributes = {alpha = "one"}} : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>):
    %p = webnn.matmul %x, %w : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
    webnn.yield %p : tensor<2x3xf32>
  }
  return %y : tensor<2x3xf32>
}

// -----

func.func @attribute_value(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+1 {{composite 'conv2d_bias_activation': attribute 'activation' must be one of none, relu, clamp, leaky_relu, got 'gelu'}}
  %y = webnn.composite "conv2d_bias_activation" %x, %w {composite_attributes = {activation = "gelu"}} : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  ^bb0(%i: tensor<1x2x5x5xf32>, %f: tensor<4x2x3x3xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
    webnn.yield %c : tensor<1x4x3x3xf32>
  }
  return %y : tensor<1x4x3x3xf32>
}

// -----

func.func @missing_attribute(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+1 {{composite 'conv2d_bias_activation': needs attribute 'activation'}}
  %y = webnn.composite "conv2d_bias_activation" %x, %w : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  ^bb0(%i: tensor<1x2x5x5xf32>, %f: tensor<4x2x3x3xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
    webnn.yield %c : tensor<1x4x3x3xf32>
  }
  return %y : tensor<1x4x3x3xf32>
}

// -----

func.func @foreign_op(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>) -> tensor<2x3xf32> {
  %y = webnn.composite "gemm" %a, %b : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>):
    %p = webnn.matmul %x, %w : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
    // expected-error @+1 {{'webnn.sigmoid' op is not part of a 'gemm' decomposition}}
    %s = webnn.sigmoid %p : (tensor<2x3xf32>) -> tensor<2x3xf32>
    webnn.yield %s : tensor<2x3xf32>
  }
  return %y : tensor<2x3xf32>
}

// -----

func.func @required_op(%a: tensor<2x3xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{composite 'gemm': the results must be computed with webnn.matmul}}
  %y = webnn.composite "gemm" %a, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x3xf32>, %bias: tensor<3xf32>):
    %s = webnn.add %x, %bias : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    webnn.yield %s : tensor<2x3xf32>
  }
  return %y : tensor<2x3xf32>
}

// -----

// A matmul whose value is dropped does not make a gemm.
func.func @required_op_unused(%a: tensor<2x3xf32>, %b: tensor<3x3xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{composite 'gemm': the results must be computed with webnn.matmul}}
  %y = webnn.composite "gemm" %a, %b, %c : (tensor<2x3xf32>, tensor<3x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x3xf32>, %w: tensor<3x3xf32>, %bias: tensor<3xf32>):
    %p = webnn.matmul %x, %w : (tensor<2x3xf32>, tensor<3x3xf32>) -> tensor<2x3xf32>
    %s = webnn.add %x, %bias : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    webnn.yield %s : tensor<2x3xf32>
  }
  return %y : tensor<2x3xf32>
}

// -----

func.func @unused_operand(%a: tensor<2x3xf32>, %b: tensor<3x3xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{composite 'gemm': operand 2 is not used by the region}}
  %y = webnn.composite "gemm" %a, %b, %c : (tensor<2x3xf32>, tensor<3x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x3xf32>, %w: tensor<3x3xf32>, %bias: tensor<3xf32>):
    %p = webnn.matmul %x, %w : (tensor<2x3xf32>, tensor<3x3xf32>) -> tensor<2x3xf32>
    webnn.yield %p : tensor<2x3xf32>
  }
  return %y : tensor<2x3xf32>
}

// -----

func.func @activation_missing(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+1 {{composite 'conv2d_bias_activation': activation 'clamp', but the results are not computed with webnn.clamp or webnn.elementwise}}
  %y = webnn.composite "conv2d_bias_activation" %x, %w {composite_attributes = {activation = "clamp"}} : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  ^bb0(%i: tensor<1x2x5x5xf32>, %f: tensor<4x2x3x3xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
    %r = webnn.relu %c : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    webnn.yield %r : tensor<1x4x3x3xf32>
  }
  return %y : tensor<1x4x3x3xf32>
}

// -----

func.func @activation_none(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // expected-error @+1 {{composite 'conv2d_bias_activation': activation 'none', but the region applies an activation}}
  %y = webnn.composite "conv2d_bias_activation" %x, %w {composite_attributes = {activation = "none"}} : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  ^bb0(%i: tensor<1x2x5x5xf32>, %f: tensor<4x2x3x3xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
    %r = webnn.relu %c : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    webnn.yield %r : tensor<1x4x3x3xf32>
  }
  return %y : tensor<1x4x3x3xf32>
}
