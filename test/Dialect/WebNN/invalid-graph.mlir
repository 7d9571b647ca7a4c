// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// A module body is a graph region, where an op may use its own result. A
// WebNN graph has no cycles (and its folds would chase one forever), so
// webnn ops only live where values are defined before use.

// expected-error @+1 {{'webnn.identity' op must be in a region where values are defined before use (e.g. a func.func body): a WebNN graph has no cycles}}
%0 = webnn.identity %0 : (tensor<2xf32>) -> tensor<2xf32>

// -----

// expected-error @+1 {{'webnn.reshape' op must be in a region where values are defined before use}}
%0 = webnn.reshape %1 {new_shape = array<i64: 4>} : (tensor<2x2xf32>) -> tensor<4xf32>
%1 = webnn.reshape %0 {new_shape = array<i64: 2, 2>} : (tensor<4xf32>) -> tensor<2x2xf32>
