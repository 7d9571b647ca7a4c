// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// The gather and scatter ops read their indices at run time, so every
// index is made safe before it addresses a tensor (clampIndex in
// Gather.cpp): it is widened to i64 (extsi, or extui for uint32), a
// negative one has N added (cmpi slt 0, addi N, select; not for uint32),
// it is clamped into [0, N - 1] (maxsi 0, minsi N - 1) and cast to index.
//
// A gather is one linalg.generic over its output (all loops parallel, the
// output through the identity map, into a tensor.empty), whose body builds
// the coordinates from its linalg.index values and the clamped indices and
// yields the tensor.extract of the input there. gather reads the indices
// through a map of the output dimensions [axis, axis + indices rank);
// gatherElements reads them through the identity map; gatherND has no
// inputs and extracts each coordinate from the indices tensor itself.
//
// A scatter is an scf.for nest over the updates (from 0 to each dimension,
// step 1) carrying the output, which starts as the input; the innermost
// loop extracts the update, computes its clamped coordinates, inserts the
// update into the carried tensor and yields it.

// gather with int32 indices along a middle axis of size 5: the output
// dimensions 0 and 2 are the input's, dimension 1 walks the indices.
// CHECK-DAG: #[[IDX:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func @gather_i32
// CHECK-SAME: (%[[X:.*]]: tensor<2x5x4xf32>, %[[I:.*]]: tensor<3xi32>) -> tensor<2x3x4xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2x3x4xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IDX]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[I]] : tensor<3xi32>) outs(%[[EMPTY]] : tensor<2x3x4xf32>)
// CHECK: ^bb0(%[[RAW:.*]]: i32, %{{.*}}: f32):
// CHECK:   %[[D0:.*]] = linalg.index 0 : index
// CHECK:   %[[WIDE:.*]] = arith.extsi %[[RAW]] : i32 to i64
// CHECK:   %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK:   %[[NEG:.*]] = arith.cmpi slt, %[[WIDE]], %[[ZERO]] : i64
// CHECK:   %[[N:.*]] = arith.constant 5 : i64
// CHECK:   %[[FROM_END:.*]] = arith.addi %[[WIDE]], %[[N]] : i64
// CHECK:   %[[SEL:.*]] = arith.select %[[NEG]], %[[FROM_END]], %[[WIDE]] : i64
// CHECK:   %[[ZERO2:.*]] = arith.constant 0 : i64
// CHECK:   %[[LOW:.*]] = arith.maxsi %[[SEL]], %[[ZERO2]] : i64
// CHECK:   %[[LAST:.*]] = arith.constant 4 : i64
// CHECK:   %[[HIGH:.*]] = arith.minsi %[[LOW]], %[[LAST]] : i64
// CHECK:   %[[POS:.*]] = arith.index_cast %[[HIGH]] : i64 to index
// CHECK:   %[[D2:.*]] = linalg.index 2 : index
// CHECK:   %[[E:.*]] = tensor.extract %[[X]][%[[D0]], %[[POS]], %[[D2]]] : tensor<2x5x4xf32>
// CHECK:   linalg.yield %[[E]] : f32
// CHECK: } -> tensor<2x3x4xf32>
// CHECK-NEXT: return %[[R]] : tensor<2x3x4xf32>
func.func @gather_i32(%x: tensor<2x5x4xf32>, %i: tensor<3xi32>) -> tensor<2x3x4xf32> {
  %0 = webnn.gather %x, %i {axis = 1 : i32} : (tensor<2x5x4xf32>, tensor<3xi32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// uint32 indices (signless i32 after conversion) are zero-extended and
// cannot be negative: no cmpi, addi or select, only the clamp to [0, 3].
// Rank-2 indices on axis 0 are the output dimensions 0 and 1.
// CHECK-DAG: #[[IDX:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func @gather_ui32
// CHECK-SAME: (%[[X:.*]]: tensor<4x3xf16>, %[[I:.*]]: tensor<2x2xi32>) -> tensor<2x2x3xf16>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IDX]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[I]] : tensor<2x2xi32>) outs(%{{.*}} : tensor<2x2x3xf16>)
// CHECK: ^bb0(%[[RAW:.*]]: i32, %{{.*}}: f16):
// CHECK-NEXT:   %[[WIDE:.*]] = arith.extui %[[RAW]] : i32 to i64
// CHECK-NEXT:   %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-NEXT:   %[[LOW:.*]] = arith.maxsi %[[WIDE]], %[[ZERO]] : i64
// CHECK-NEXT:   %[[LAST:.*]] = arith.constant 3 : i64
// CHECK-NEXT:   %[[HIGH:.*]] = arith.minsi %[[LOW]], %[[LAST]] : i64
// CHECK-NEXT:   %[[POS:.*]] = arith.index_cast %[[HIGH]] : i64 to index
// CHECK-NEXT:   %[[D2:.*]] = linalg.index 2 : index
// CHECK-NEXT:   %[[E:.*]] = tensor.extract %[[X]][%[[POS]], %[[D2]]] : tensor<4x3xf16>
// CHECK-NEXT:   linalg.yield %[[E]] : f16
// CHECK: return %[[R]] : tensor<2x2x3xf16>
func.func @gather_ui32(%x: tensor<4x3xf16>, %i: tensor<2x2xui32>) -> tensor<2x2x3xf16> {
  %0 = webnn.gather %x, %i : (tensor<4x3xf16>, tensor<2x2xui32>) -> tensor<2x2x3xf16>
  return %0 : tensor<2x2x3xf16>
}

// -----

// int64 indices need no extension; rank-0 indices are read through a map
// with no results, and the axis (of size 3) is dropped from the output.
// CHECK-DAG: #[[IDX:.*]] = affine_map<(d0) -> ()>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @gather_i64_scalar
// CHECK-SAME: (%[[X:.*]]: tensor<4x3xi8>, %[[I:.*]]: tensor<i64>) -> tensor<4xi8>
// CHECK: linalg.generic {indexing_maps = [#[[IDX]], #[[OUT]]], iterator_types = ["parallel"]} ins(%[[I]] : tensor<i64>) outs(%{{.*}} : tensor<4xi8>)
// CHECK: ^bb0(%[[RAW:.*]]: i64, %{{.*}}: i8):
// CHECK-NEXT:   %[[D0:.*]] = linalg.index 0 : index
// CHECK-NEXT:   %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-NEXT:   %[[NEG:.*]] = arith.cmpi slt, %[[RAW]], %[[ZERO]] : i64
// CHECK-NEXT:   %[[N:.*]] = arith.constant 3 : i64
// CHECK-NEXT:   %[[FROM_END:.*]] = arith.addi %[[RAW]], %[[N]] : i64
// CHECK-NEXT:   %[[SEL:.*]] = arith.select %[[NEG]], %[[FROM_END]], %[[RAW]] : i64
// CHECK-NEXT:   %[[ZERO2:.*]] = arith.constant 0 : i64
// CHECK-NEXT:   %[[LOW:.*]] = arith.maxsi %[[SEL]], %[[ZERO2]] : i64
// CHECK-NEXT:   %[[LAST:.*]] = arith.constant 2 : i64
// CHECK-NEXT:   %[[HIGH:.*]] = arith.minsi %[[LOW]], %[[LAST]] : i64
// CHECK-NEXT:   %[[POS:.*]] = arith.index_cast %[[HIGH]] : i64 to index
// CHECK-NEXT:   %[[E:.*]] = tensor.extract %[[X]][%[[D0]], %[[POS]]] : tensor<4x3xi8>
// CHECK-NEXT:   linalg.yield %[[E]] : i8
func.func @gather_i64_scalar(%x: tensor<4x3xi8>, %i: tensor<i64>) -> tensor<4xi8> {
  %0 = webnn.gather %x, %i {axis = 1 : i32} : (tensor<4x3xi8>, tensor<i64>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// gatherElements: the indices through the identity map; the coordinate
// along the axis (0, of size 4) is the clamped index, the other is the
// loop's.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @gather_elements
// CHECK-SAME: (%[[X:.*]]: tensor<4x3xf32>, %[[I:.*]]: tensor<2x3xi32>) -> tensor<2x3xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[I]] : tensor<2x3xi32>) outs(%[[EMPTY]] : tensor<2x3xf32>)
// CHECK: ^bb0(%[[RAW:.*]]: i32, %{{.*}}: f32):
// CHECK:   %[[D1:.*]] = linalg.index 1 : index
// CHECK:   %[[WIDE:.*]] = arith.extsi %[[RAW]] : i32 to i64
// CHECK:   arith.cmpi slt, %[[WIDE]], %{{.*}} : i64
// CHECK:   %[[N:.*]] = arith.constant 4 : i64
// CHECK:   arith.addi %[[WIDE]], %[[N]] : i64
// CHECK:   %[[SEL:.*]] = arith.select
// CHECK:   %[[LOW:.*]] = arith.maxsi %[[SEL]], %{{.*}} : i64
// CHECK:   %[[LAST:.*]] = arith.constant 3 : i64
// CHECK:   %[[HIGH:.*]] = arith.minsi %[[LOW]], %[[LAST]] : i64
// CHECK:   %[[POS:.*]] = arith.index_cast %[[HIGH]] : i64 to index
// CHECK:   %[[E:.*]] = tensor.extract %[[X]][%[[POS]], %[[D1]]] : tensor<4x3xf32>
// CHECK:   linalg.yield %[[E]] : f32
// CHECK: return %[[R]] : tensor<2x3xf32>
func.func @gather_elements(%x: tensor<4x3xf32>, %i: tensor<2x3xi32>) -> tensor<2x3xf32> {
  %0 = webnn.gather_elements %x, %i : (tensor<4x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// gatherND: no inputs; at output position (d0, d1) the two coordinates are
// indices[d0, 0] and indices[d0, 1], clamped into the input's dimensions 0
// (size 2) and 1 (size 3), and d1 walks the input's last dimension.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @gather_nd
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>, %[[I:.*]]: tensor<5x2xi32>) -> tensor<5x4xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<5x4xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]]], iterator_types = ["parallel", "parallel"]} outs(%[[EMPTY]] : tensor<5x4xf32>)
// CHECK: ^bb0(%{{.*}}: f32):
// CHECK:   %[[D0:.*]] = linalg.index 0 : index
// CHECK:   %[[C0:.*]] = arith.constant 0 : index
// CHECK:   %[[RAW0:.*]] = tensor.extract %[[I]][%[[D0]], %[[C0]]] : tensor<5x2xi32>
// CHECK:   %[[WIDE0:.*]] = arith.extsi %[[RAW0]] : i32 to i64
// CHECK:   arith.cmpi slt, %[[WIDE0]], %{{.*}} : i64
// CHECK:   %[[N0:.*]] = arith.constant 2 : i64
// CHECK:   arith.addi %[[WIDE0]], %[[N0]] : i64
// CHECK:   arith.maxsi
// CHECK:   %[[LAST0:.*]] = arith.constant 1 : i64
// CHECK:   %[[HIGH0:.*]] = arith.minsi %{{.*}}, %[[LAST0]] : i64
// CHECK:   %[[POS0:.*]] = arith.index_cast %[[HIGH0]] : i64 to index
// CHECK:   %[[C1:.*]] = arith.constant 1 : index
// CHECK:   %[[RAW1:.*]] = tensor.extract %[[I]][%[[D0]], %[[C1]]] : tensor<5x2xi32>
// CHECK:   %[[WIDE1:.*]] = arith.extsi %[[RAW1]] : i32 to i64
// CHECK:   arith.cmpi slt, %[[WIDE1]], %{{.*}} : i64
// CHECK:   %[[N1:.*]] = arith.constant 3 : i64
// CHECK:   arith.addi %[[WIDE1]], %[[N1]] : i64
// CHECK:   arith.maxsi
// CHECK:   %[[LAST1:.*]] = arith.constant 2 : i64
// CHECK:   %[[HIGH1:.*]] = arith.minsi %{{.*}}, %[[LAST1]] : i64
// CHECK:   %[[POS1:.*]] = arith.index_cast %[[HIGH1]] : i64 to index
// CHECK:   %[[D1:.*]] = linalg.index 1 : index
// CHECK:   %[[E:.*]] = tensor.extract %[[X]][%[[POS0]], %[[POS1]], %[[D1]]] : tensor<2x3x4xf32>
// CHECK:   linalg.yield %[[E]] : f32
// CHECK: return %[[R]] : tensor<5x4xf32>
func.func @gather_nd(%x: tensor<2x3x4xf32>, %i: tensor<5x2xi32>) -> tensor<5x4xf32> {
  %0 = webnn.gather_nd %x, %i : (tensor<2x3x4xf32>, tensor<5x2xi32>) -> tensor<5x4xf32>
  return %0 : tensor<5x4xf32>
}

// -----

// gatherND with coordinates of every input dimension and rank-1 indices:
// a rank-0 output, a linalg.generic with no loops; both coordinates are
// read at the constant positions 0 and 1 and, being uint32, zero-extended.
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<() -> ()>
// CHECK-LABEL: func @gather_nd_element
// CHECK-SAME: (%[[X:.*]]: tensor<4x3xf32>, %[[I:.*]]: tensor<2xi32>) -> tensor<f32>
// CHECK: linalg.generic {indexing_maps = [#[[SCALAR]]], iterator_types = []} outs(%{{.*}} : tensor<f32>)
// CHECK-NOT: linalg.index
// CHECK:   %[[C0:.*]] = arith.constant 0 : index
// CHECK:   %[[RAW0:.*]] = tensor.extract %[[I]][%[[C0]]] : tensor<2xi32>
// CHECK:   arith.extui %[[RAW0]] : i32 to i64
// CHECK:   %[[POS0:.*]] = arith.index_cast
// CHECK:   %[[C1:.*]] = arith.constant 1 : index
// CHECK:   %[[RAW1:.*]] = tensor.extract %[[I]][%[[C1]]] : tensor<2xi32>
// CHECK:   arith.extui %[[RAW1]] : i32 to i64
// CHECK:   %[[POS1:.*]] = arith.index_cast
// CHECK:   %[[E:.*]] = tensor.extract %[[X]][%[[POS0]], %[[POS1]]] : tensor<4x3xf32>
// CHECK:   linalg.yield %[[E]] : f32
func.func @gather_nd_element(%x: tensor<4x3xf32>, %i: tensor<2xui32>) -> tensor<f32> {
  %0 = webnn.gather_nd %x, %i : (tensor<4x3xf32>, tensor<2xui32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// scatterElements on axis 1 (of size 4) with int64 indices: two loops over
// the updates' 3x2 shape, the outer carrying the input, the inner carrying
// the outer's tensor; the update and the index at the same position; the
// update inserted at (i, clamped index).
// CHECK-LABEL: func @scatter_elements
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>, %[[I:.*]]: tensor<3x2xi64>, %[[U:.*]]: tensor<3x2xf32>) -> tensor<3x4xf32>
// CHECK-NOT: linalg.generic
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[C3:.*]] = arith.constant 3 : index
// CHECK: %[[C1:.*]] = arith.constant 1 : index
// CHECK: %[[C0B:.*]] = arith.constant 0 : index
// CHECK: %[[C2:.*]] = arith.constant 2 : index
// CHECK: %[[C1B:.*]] = arith.constant 1 : index
// CHECK: %[[R:.*]] = scf.for %[[IV0:.*]] = %[[C0]] to %[[C3]] step %[[C1]] iter_args(%[[OUTER:.*]] = %[[X]]) -> (tensor<3x4xf32>) {
// CHECK:   %[[INNER_R:.*]] = scf.for %[[IV1:.*]] = %[[C0B]] to %[[C2]] step %[[C1B]] iter_args(%[[ACC:.*]] = %[[OUTER]]) -> (tensor<3x4xf32>) {
// CHECK:     %[[UPDATE:.*]] = tensor.extract %[[U]][%[[IV0]], %[[IV1]]] : tensor<3x2xf32>
// CHECK:     %[[RAW:.*]] = tensor.extract %[[I]][%[[IV0]], %[[IV1]]] : tensor<3x2xi64>
// CHECK-NOT: arith.extsi
// CHECK:     arith.cmpi slt, %[[RAW]], %{{.*}} : i64
// CHECK:     %[[N:.*]] = arith.constant 4 : i64
// CHECK:     arith.addi %[[RAW]], %[[N]] : i64
// CHECK:     arith.maxsi
// CHECK:     %[[LAST:.*]] = arith.constant 3 : i64
// CHECK:     %[[HIGH:.*]] = arith.minsi %{{.*}}, %[[LAST]] : i64
// CHECK:     %[[POS:.*]] = arith.index_cast %[[HIGH]] : i64 to index
// CHECK:     %[[NEW:.*]] = tensor.insert %[[UPDATE]] into %[[ACC]][%[[IV0]], %[[POS]]] : tensor<3x4xf32>
// CHECK:     scf.yield %[[NEW]] : tensor<3x4xf32>
// CHECK:   }
// CHECK:   scf.yield %[[INNER_R]] : tensor<3x4xf32>
// CHECK: }
// CHECK: return %[[R]] : tensor<3x4xf32>
func.func @scatter_elements(%x: tensor<3x4xf32>, %i: tensor<3x2xi64>, %u: tensor<3x2xf32>) -> tensor<3x4xf32> {
  %0 = webnn.scatter_elements %x, %i, %u {axis = 1 : i32} : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// scatterND with one uint32 coordinate (k = 1) into a 4x3 input: two loops
// over the updates' 2x3 shape; the row is indices[i, 0], zero-extended and
// clamped into [0, 3]; the column is the inner loop's.
// CHECK-LABEL: func @scatter_nd
// CHECK-SAME: (%[[X:.*]]: tensor<4x3xf32>, %[[I:.*]]: tensor<2x1xi32>, %[[U:.*]]: tensor<2x3xf32>) -> tensor<4x3xf32>
// CHECK: %[[C2:.*]] = arith.constant 2 : index
// CHECK: %[[C3:.*]] = arith.constant 3 : index
// CHECK: %[[R:.*]] = scf.for %[[IV0:.*]] = %{{.*}} to %[[C2]] step %{{.*}} iter_args(%[[OUTER:.*]] = %[[X]]) -> (tensor<4x3xf32>) {
// CHECK:   %[[INNER_R:.*]] = scf.for %[[IV1:.*]] = %{{.*}} to %[[C3]] step %{{.*}} iter_args(%[[ACC:.*]] = %[[OUTER]]) -> (tensor<4x3xf32>) {
// CHECK:     %[[UPDATE:.*]] = tensor.extract %[[U]][%[[IV0]], %[[IV1]]] : tensor<2x3xf32>
// CHECK:     %[[C0:.*]] = arith.constant 0 : index
// CHECK:     %[[RAW:.*]] = tensor.extract %[[I]][%[[IV0]], %[[C0]]] : tensor<2x1xi32>
// CHECK:     %[[WIDE:.*]] = arith.extui %[[RAW]] : i32 to i64
// CHECK-NOT: arith.cmpi
// CHECK:     %[[LOW:.*]] = arith.maxsi %[[WIDE]], %{{.*}} : i64
// CHECK:     %[[LAST:.*]] = arith.constant 3 : i64
// CHECK:     %[[HIGH:.*]] = arith.minsi %[[LOW]], %[[LAST]] : i64
// CHECK:     %[[POS:.*]] = arith.index_cast %[[HIGH]] : i64 to index
// CHECK:     %[[NEW:.*]] = tensor.insert %[[UPDATE]] into %[[ACC]][%[[POS]], %[[IV1]]] : tensor<4x3xf32>
// CHECK:     scf.yield %[[NEW]] : tensor<4x3xf32>
// CHECK:   }
// CHECK:   scf.yield %[[INNER_R]] : tensor<4x3xf32>
// CHECK: }
// CHECK: return %[[R]] : tensor<4x3xf32>
func.func @scatter_nd(%x: tensor<4x3xf32>, %i: tensor<2x1xui32>, %u: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4x3xf32>, tensor<2x1xui32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// scatterND of one element (rank-1 indices, a rank-0 update): no loops;
// the update is inserted straight into the input at the two clamped
// coordinates (sizes 4 and 3).
// CHECK-LABEL: func @scatter_nd_element
// CHECK-SAME: (%[[X:.*]]: tensor<4x3xf32>, %[[I:.*]]: tensor<2xi32>, %[[U:.*]]: tensor<f32>) -> tensor<4x3xf32>
// CHECK-NOT: scf.for
// CHECK: %[[UPDATE:.*]] = tensor.extract %[[U]][] : tensor<f32>
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[RAW0:.*]] = tensor.extract %[[I]][%[[C0]]] : tensor<2xi32>
// CHECK: %[[WIDE0:.*]] = arith.extsi %[[RAW0]] : i32 to i64
// CHECK: %[[N0:.*]] = arith.constant 4 : i64
// CHECK: arith.addi %[[WIDE0]], %[[N0]] : i64
// CHECK: %[[LAST0:.*]] = arith.constant 3 : i64
// CHECK: %[[HIGH0:.*]] = arith.minsi %{{.*}}, %[[LAST0]] : i64
// CHECK: %[[POS0:.*]] = arith.index_cast %[[HIGH0]] : i64 to index
// CHECK: %[[C1:.*]] = arith.constant 1 : index
// CHECK: %[[RAW1:.*]] = tensor.extract %[[I]][%[[C1]]] : tensor<2xi32>
// CHECK: %[[WIDE1:.*]] = arith.extsi %[[RAW1]] : i32 to i64
// CHECK: %[[N1:.*]] = arith.constant 3 : i64
// CHECK: arith.addi %[[WIDE1]], %[[N1]] : i64
// CHECK: %[[LAST1:.*]] = arith.constant 2 : i64
// CHECK: %[[HIGH1:.*]] = arith.minsi %{{.*}}, %[[LAST1]] : i64
// CHECK: %[[POS1:.*]] = arith.index_cast %[[HIGH1]] : i64 to index
// CHECK: %[[NEW:.*]] = tensor.insert %[[UPDATE]] into %[[X]][%[[POS0]], %[[POS1]]] : tensor<4x3xf32>
// CHECK-NEXT: return %[[NEW]] : tensor<4x3xf32>
func.func @scatter_nd_element(%x: tensor<4x3xf32>, %i: tensor<2xi32>, %u: tensor<f32>) -> tensor<4x3xf32> {
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4x3xf32>, tensor<2xi32>, tensor<f32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}
