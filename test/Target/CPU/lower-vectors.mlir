// RUN: webnn-opt --webnn-cpu-lower-vectors --split-input-file %s | FileCheck %s

// A register tile's contraction becomes FMAs on 1-D vectors (outer
// products): one vector.fma per reduction step, no vector.contract left.
// CHECK-LABEL: func.func @contract
// CHECK-NOT:     vector.contract
// CHECK-COUNT-4: vector.fma {{.*}} : vector<8xf32>
// CHECK-NOT:     vector.contract
#a = affine_map<(m, n, k) -> (m, k)>
#b = affine_map<(m, n, k) -> (k, n)>
#c = affine_map<(m, n, k) -> (m, n)>
func.func @contract(%a: vector<1x4xf32>, %b: vector<4x8xf32>, %c: vector<1x8xf32>) -> vector<1x8xf32> {
  %0 = vector.contract {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<1x4xf32>, vector<4x8xf32> into vector<1x8xf32>
  return %0 : vector<1x8xf32>
}

// -----

// In-bounds 1-D transfers become plain loads and stores.
// CHECK-LABEL: func.func @transfer
// CHECK:         %[[V:.*]] = vector.load %{{.*}} : memref<2x8xf32>, vector<8xf32>
// CHECK:         vector.store %[[V]], %{{.*}} : memref<2x8xf32>, vector<8xf32>
func.func @transfer(%m: memref<2x8xf32>, %o: memref<2x8xf32>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %m[%c0, %c0], %pad {in_bounds = [true]} : memref<2x8xf32>, vector<8xf32>
  vector.transfer_write %v, %o[%c0, %c0] {in_bounds = [true]} : vector<8xf32>, memref<2x8xf32>
  return
}

// -----

// A reduction over the innermost dimension becomes vector.reduction.
// CHECK-LABEL: func.func @reduce
// CHECK-NOT:     vector.multi_reduction
// CHECK:         vector.reduction <add>, %{{.*}} : vector<16xf32> into f32
func.func @reduce(%v: vector<16xf32>, %acc: f32) -> f32 {
  %0 = vector.multi_reduction <add>, %v, %acc [0] : vector<16xf32> to f32
  return %0 : f32
}

// -----

// Already 1-D, lowered ops are left alone.
// CHECK-LABEL: func.func @untouched
// CHECK-NEXT:    %[[S:.*]] = arith.addf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK-NEXT:    return %[[S]]
func.func @untouched(%a: vector<8xf32>, %b: vector<8xf32>) -> vector<8xf32> {
  %0 = arith.addf %a, %b : vector<8xf32>
  return %0 : vector<8xf32>
}

// -----

// An n-D integer abs is split into 1-D ones, the only vectors the
// conversion to LLVM lowers it on; 1-D ones and float abs are left alone.
// CHECK-LABEL: func.func @abs_integer
// CHECK-NOT:     math.absi {{.*}} : vector<2x3x4xi8>
// CHECK-NOT:     math.absi {{.*}} : vector<3x4xi8>
// CHECK-COUNT-6: math.absi {{.*}} : vector<4xi8>
// CHECK-NOT:     math.absi
// CHECK:         math.absi {{.*}} : vector<8xi32>
// CHECK:         math.absf {{.*}} : vector<2x4xf32>
func.func @abs_integer(%a: vector<2x3x4xi8>, %b: vector<8xi32>, %c: vector<2x4xf32>) -> (vector<2x3x4xi8>, vector<8xi32>, vector<2x4xf32>) {
  %0 = math.absi %a : vector<2x3x4xi8>
  %1 = math.absi %b : vector<8xi32>
  %2 = math.absf %c : vector<2x4xf32>
  return %0, %1, %2 : vector<2x3x4xi8>, vector<8xi32>, vector<2x4xf32>
}
