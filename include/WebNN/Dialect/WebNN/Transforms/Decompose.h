//===- Decompose.h - High-level ops as HLO-style primitives -----*- C++ -*-===//
//
// The rewrites of webnn-decompose, for the passes that apply them among
// their own patterns: convert-webnn-to-linalg lowers pooling, gemm, softmax
// and batch normalization through them, so that the decomposition is the
// one definition of what these ops compute in primitives.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_TRANSFORMS_DECOMPOSE_H
#define WEBNN_DIALECT_WEBNN_TRANSFORMS_DECOMPOSE_H

#include "mlir/IR/Builders.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace mlir {
class RewritePatternSet;

namespace webnn {
class MaxPool2dOp;

/// The ops webnn-decompose rewrites, by mnemonic.
llvm::ArrayRef<llvm::StringLiteral> getDecomposableOps();

/// The activations whose decomposition is their lowering (one
/// webnn.elementwise each): elu, gelu, hardSigmoid, ...
llvm::ArrayRef<llvm::StringRef> getActivationDecompositions();

/// Adds the decomposition pattern of each op in `mnemonics` (each one of
/// getDecomposableOps()).
void populateDecomposePatterns(RewritePatternSet &patterns,
                               llvm::ArrayRef<llvm::StringRef> mnemonics);

/// maxPool2d `op` as a webnn.reduce_window of `input`, which is the op's
/// input or, for a pool of unsigned integers, that input converted to
/// signless integers (the primitives' scalar bodies compute on signless
/// types; the maximum then compares unsigned). Fails for output sizes no
/// window reduction yields.
FailureOr<Value> createMaxPoolWindow(OpBuilder &b, MaxPool2dOp op, Value input);

/// A reduce* op (reduceSum, reduceL2, ...) in primitives: element-wise
/// steps around a webnn.reduce, of `input`, which is the op's input or, for
/// unsigned integers, that input converted to signless integers (compared
/// unsigned). float16 sums and products accumulate in float32.
Value createReduction(OpBuilder &b, Operation *op, Value input);

/// argMin or argMax `op` in primitives: a two-input webnn.reduce of `input`
/// and a webnn.iota of its indices along the axis, which carries the best
/// value and its first index. `input` is as for createReduction.
Value createArgReduction(OpBuilder &b, Operation *op, Value input);

} // namespace webnn
} // namespace mlir

#endif // WEBNN_DIALECT_WEBNN_TRANSFORMS_DECOMPOSE_H
