//===- CopiesToLoops.cpp - memref.copy to linalg.copy ---------------------===//
//
// The webnn-cpu-copies-to-loops pass: memref.copy lowers to a call of the
// runtime's generic, element-by-element strided copy, while linalg.copy
// becomes loops that LLVM vectorizes. Padding an activation copies it into
// a strided view of the padded buffer, so this is on every padded layer's
// path.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Utils/MemRefUtils.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPUCOPIESTOLOOPS
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

namespace {
bool isContiguous(Value buffer) {
  auto type = dyn_cast<MemRefType>(buffer.getType());
  return type && memref::isStaticShapeAndContiguousRowMajor(type);
}

struct WebNNCPUCopiesToLoopsPass
    : webnn::cpu::impl::WebNNCPUCopiesToLoopsBase<WebNNCPUCopiesToLoopsPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    getOperation().walk([&](memref::CopyOp copy) {
      if (isContiguous(copy.getSource()) && isContiguous(copy.getTarget()))
        return;
      rewriter.setInsertionPoint(copy);
      rewriter.replaceOpWithNewOp<linalg::CopyOp>(copy, copy.getSource(),
                                                  copy.getTarget());
    });
  }
};
} // namespace
