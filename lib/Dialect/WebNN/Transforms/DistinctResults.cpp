//===- DistinctResults.cpp - One value per returned tensor ----------------===//
//
// The webnn-distinct-results pass: every tensor a function returns more than
// once is returned as a copy after its first occurrence, so that the
// out-param conversion after bufferization sees distinct allocations.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace mlir::webnn {
#define GEN_PASS_DEF_WEBNNDISTINCTRESULTS
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;

namespace {
struct WebNNDistinctResultsPass
    : webnn::impl::WebNNDistinctResultsBase<WebNNDistinctResultsPass> {
  void runOnOperation() override {
    getOperation().walk([](func::ReturnOp ret) {
      OpBuilder builder(ret);
      llvm::SmallPtrSet<Value, 8> seen;
      for (OpOperand &operand : ret->getOpOperands()) {
        Value value = operand.get();
        auto type = dyn_cast<RankedTensorType>(value.getType());
        if (!type || seen.insert(value).second)
          continue;
        operand.set(bufferization::AllocTensorOp::create(
            builder, ret.getLoc(), type, /*dynamicSizes=*/ValueRange{},
            /*copy=*/value));
      }
    });
  }
};
} // namespace
