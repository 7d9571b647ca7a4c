// --memory-limit bounds the bytes of intermediate tensors a run holds at
// once (GraphHeap): a run that needs more ends with an error, not with the
// process. Here each matmul result takes 256*256*4 bytes (plus its
// alignment), and the second one is computed from the first.
// RUN: not webnn-run %s --random-inputs --memory-limit 100000 2>&1 | FileCheck %s --check-prefix=REFUSED
// RUN: not webnn-run %s --random-inputs --threads 2 --memory-limit 100000 2>&1 | FileCheck %s --check-prefix=REFUSED
// RUN: not webnn-run %s --random-inputs --pipeline reference --memory-limit 100000 2>&1 | FileCheck %s --check-prefix=REFUSED
// RUN: webnn-run %s --random-inputs --seed 3 --memory-limit 1000000 | FileCheck %s --check-prefix=RUNS
// RUN: webnn-run %s --random-inputs --seed 3 | FileCheck %s --check-prefix=RUNS

// REFUSED: webnn-run: error: the graph ran out of memory: {{[0-9]+}} bytes for an intermediate tensor were refused by the run's memory limit ({{[0-9]+}} bytes in use, limit 100000 bytes)
// RUNS: output 'output 0': float32 [256, 256]
// RUNS-NEXT: values:

func.func @g(%x: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %0 = webnn.matmul %x, %x : (tensor<256x256xf32>, tensor<256x256xf32>) -> tensor<256x256xf32>
  %1 = webnn.transpose %0 : (tensor<256x256xf32>) -> tensor<256x256xf32>
  %2 = webnn.matmul %1, %x : (tensor<256x256xf32>, tensor<256x256xf32>) -> tensor<256x256xf32>
  return %2 : tensor<256x256xf32>
}
