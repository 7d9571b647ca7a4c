// RUN: webnn-opt --webnn-cpu-pipeline %s | FileCheck %s --check-prefix=SERIAL
// RUN: webnn-opt --webnn-cpu-pipeline=threads=2 %s | FileCheck %s --check-prefix=THREADS

// The convolution's filter outweighs its input (3x3x16x64 against 8x8x16):
// its parallel loop is over blocks of filters (the schedules themselves are
// tested in test/Target/CPU/).

// With one thread (the default) the parallel loops become serial loops:
// no OpenMP.
// SERIAL-LABEL: llvm.func @conv_sigmoid
// SERIAL-NOT:     omp.

// With threads, each parallel loop (the convolution's filter blocks, the
// sigmoid's blocks) is an OpenMP work-sharing loop on that many threads.
// THREADS-LABEL: llvm.func @conv_sigmoid
// THREADS:         %[[N:.*]] = llvm.mlir.constant(2 : i32) : i32
// THREADS:         omp.parallel num_threads(%[[N]] : i32)
// THREADS-NEXT:      omp.wsloop
// THREADS-NEXT:        omp.loop_nest
// THREADS:         omp.parallel num_threads(%[[N]] : i32)
// THREADS-NEXT:      omp.wsloop
func.func @conv_sigmoid(%x: tensor<1x8x8x16xf32>, %w: tensor<3x3x16x64xf32>) -> tensor<1x6x6x64xf32> {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x8x8x16xf32>, tensor<3x3x16x64xf32>) -> tensor<1x6x6x64xf32>
  %1 = webnn.sigmoid %0 : (tensor<1x6x6x64xf32>) -> tensor<1x6x6x64xf32>
  return %1 : tensor<1x6x6x64xf32>
}

// A convolution whose input outweighs its filter (32x32x8 against 3x3x8x32)
// has its output rows in the parallel loop instead.
// THREADS-LABEL: llvm.func @conv_rows
// THREADS:         omp.parallel
func.func @conv_rows(%x: tensor<1x32x32x8xf32>, %w: tensor<3x3x8x32xf32>) -> tensor<1x30x30x32xf32> {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x32x32x8xf32>, tensor<3x3x8x32xf32>) -> tensor<1x30x30x32xf32>
  return %0 : tensor<1x30x30x32xf32>
}
