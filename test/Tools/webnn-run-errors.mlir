// webnn-run's errors: a message and a non-zero exit, never a crash.
// RUN: not webnn-run %s.missing 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not webnn-run %s 2>&1 | FileCheck %s --check-prefix=NODATA
// RUN: not webnn-run %s --input nope=%S/Inputs/two_floats.npy 2>&1 | FileCheck %s --check-prefix=NONAME
// RUN: not webnn-run %s --input %S/Inputs/three_floats.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not webnn-run %s --input %S/Inputs/not_npy.npy 2>&1 | FileCheck %s --check-prefix=BADNPY
// RUN: not webnn-run %s --input %S/Inputs/two_floats.npy --input %S/Inputs/two_floats.npy 2>&1 | FileCheck %s --check-prefix=EXTRA
// RUN: not webnn-run %s --random-inputs --pipeline fast 2>&1 | FileCheck %s --check-prefix=PIPELINE
// RUN: webnn-run %s --input x=%S/Inputs/two_floats.npy --compare %S/Inputs/two_floats.npy | FileCheck %s --check-prefix=MATCH
// RUN: not webnn-run %s --input x=%S/Inputs/two_floats.npy --compare %S/Inputs/three_floats.npy | FileCheck %s --check-prefix=MISMATCH
// RUN: webnn-run %s --random-inputs --seed 7 --benchmark 3 | FileCheck %s --check-prefix=BENCH
// RUN: webnn-run %s --input x=%S/Inputs/two_floats.npy --top 5 | FileCheck %s --check-prefix=TOP
// RUN: not webnn-run %s --random-inputs --target-cpu nope 2>&1 | FileCheck %s --check-prefix=BADCPU
// RUN: not webnn-run %s --random-inputs --target-cpu pentium4 2>&1 | FileCheck %s --check-prefix=CPU32
// RUN: webnn-run %s --input x=%S/Inputs/two_floats.npy --target-cpu x86-64 --compare %S/Inputs/two_floats.npy | FileCheck %s --check-prefix=MATCH
// A webnn op over maxTensorByteLength fails verification; a graph input
// over it that no op uses is still refused before it is allocated.
// RUN: not webnn-run %S/Inputs/huge_graph.txt --random-inputs 2>&1 | FileCheck %s --check-prefix=HUGE
// RUN: not webnn-run %S/Inputs/huge_input_graph.txt --random-inputs 2>&1 | FileCheck %s --check-prefix=HUGEINPUT
// RUN: not webnn-run %S/Inputs/invalid_graph.txt --random-inputs 2>&1 | FileCheck %s --check-prefix=INVALID
// A graph of arith ops on tensors parses (arith is loaded) but no webnn
// lowering takes it: the compilation fails at the op.
// RUN: not webnn-run %S/Inputs/not_webnn.txt --random-inputs 2>&1 | FileCheck %s --check-prefix=NOLOWERING

// MISSING: webnn-run: error: cannot open input file '{{.*}}.missing'
// NODATA: webnn-run: error: no data for input 'x': pass --input or --random-inputs
// NONAME: webnn-run: error: the graph has no input named 'nope'
// SHAPE: webnn-run: error: input 'x' must be float32 [2], got float32 [3]
// BADNPY: webnn-run: error: {{.*}}not_npy.npy: {{.*}}
// EXTRA: webnn-run: error: more --input files than graph inputs (1)
// PIPELINE: webnn-run: error: unknown pipeline 'fast' (expected cpu or reference)
// MATCH: compare 'y' with {{.*}}two_floats.npy: match
// MATCH-NEXT: max abs error 0, max rel error 0
// MISMATCH: compare 'y' with {{.*}}three_floats.npy: MISMATCH
// BADCPU: webnn-run: error: unknown target CPU 'nope'
// CPU32: webnn-run: error: target CPU 'pentium4' cannot run 64-bit code
// HUGE: huge_graph.txt:2:8: error: relu: input shape [100000, 100000, 100] of float32 needs 1000000000000 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)
// HUGEINPUT: webnn-run: error: graph input 0 needs 4000000000000 bytes, more than the runtime's limit of 2147483647 bytes
// INVALID: invalid_graph.txt:2:8: error: 'webnn.relu' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<3xf32>'
// NOLOWERING: webnn-run: error: compilation failed:
// NOLOWERING-NEXT: not_webnn.txt:3:8: op was not bufferized
// TOP: top 2 (index: value): 1: 2.5 0: 1.5
// BENCH: latency over 3 runs (ms): min {{[0-9.]+}}, median {{[0-9.]+}}, max {{[0-9.]+}}

func.func @identity_graph(%x: tensor<2xf32> {webnn.name = "x"}) -> (tensor<2xf32> {webnn.name = "y"}) {
  %0 = webnn.relu %x : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
