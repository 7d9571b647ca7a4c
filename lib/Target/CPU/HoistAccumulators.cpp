//===- HoistAccumulators.cpp - Accumulators stay in registers -------------===//
//
// The webnn-cpu-hoist-accumulators pass: the transfer_read/transfer_write
// pair of a register tile's accumulator inside its reduction loops (kernel
// rows and columns, input channels) becomes one read before them and one
// write after them, with the vector carried by the loops. Expects
// fold-memref-alias-ops to have turned the transfers' subviews into indices
// on the whole buffer.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Hoisting.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPUHOISTACCUMULATORS
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

namespace {
struct WebNNCPUHoistAccumulatorsPass
    : webnn::cpu::impl::WebNNCPUHoistAccumulatorsBase<
          WebNNCPUHoistAccumulatorsPass> {
  void runOnOperation() override {
    // The tiles' index computations are loop-invariant but sit in the
    // innermost loop body; moving them out first makes the transfers'
    // operands invariant.
    getOperation().walk(
        [](LoopLikeOpInterface loop) { moveLoopInvariantCode(loop); });
    linalg::hoistRedundantVectorTransfers(getOperation(),
                                          /*verifyNonZeroTrip=*/true);
  }
};
} // namespace
