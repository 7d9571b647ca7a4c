// RUN: webnn-opt --webnn-cpu-pipeline %s | FileCheck %s --check-prefix=SERIAL
// RUN: webnn-opt --webnn-cpu-pipeline=threads=2 %s | FileCheck %s --check-prefix=THREADS
// RUN: webnn-opt --convert-webnn-to-linalg --webnn-cpu-tile-and-vectorize %s | FileCheck %s --check-prefix=SCHEDULE

// The heavy-op schedule puts the output rows of a convolution in a
// parallel loop and tiles the rest with serial loops.
// SCHEDULE-LABEL: func.func @conv_relu
// SCHEDULE:         scf.forall (%{{.*}}, %{{.*}}) in (1, 6)
// SCHEDULE-COUNT-5:   scf.for
// SCHEDULE:             linalg.conv_1d_nwc_wcf
// SCHEDULE:           tensor.parallel_insert_slice

// With one thread (the default) the parallel loops become serial loops:
// no OpenMP.
// SERIAL-LABEL: llvm.func @conv_relu
// SERIAL-NOT:     omp.

// With threads, each parallel loop (the convolution's rows, the relu's
// blocks) is an OpenMP work-sharing loop on that many threads.
// THREADS-LABEL: llvm.func @conv_relu
// THREADS:         %[[N:.*]] = llvm.mlir.constant(2 : i32) : i32
// THREADS:         omp.parallel num_threads(%[[N]] : i32)
// THREADS-NEXT:      omp.wsloop
// THREADS-NEXT:        omp.loop_nest
// THREADS:         omp.parallel num_threads(%[[N]] : i32)
// THREADS-NEXT:      omp.wsloop
func.func @conv_relu(%x: tensor<1x8x8x16xf32>, %w: tensor<3x3x16x32xf32>) -> tensor<1x6x6x32xf32> {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x8x8x16xf32>, tensor<3x3x16x32xf32>) -> tensor<1x6x6x32xf32>
  %1 = webnn.relu %0 : (tensor<1x6x6x32xf32>) -> tensor<1x6x6x32xf32>
  return %1 : tensor<1x6x6x32xf32>
}
