//===- ChooseConvSchedule.cpp - The loop order of each convolution --------===//
//
// The webnn-cpu-choose-conv-schedule pass marks each convolution with the
// schedule webnn-cpu-tile-and-vectorize gives it. A convolution whose filter
// outweighs its input (late layers) runs filter_blocks: each block of
// filters stays in cache while every output row uses it; streaming the
// whole filter once per row made those layers memory-bound. Others run
// rows. Depthwise convolutions have one schedule, rows.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "WebNN/Target/CPU/Schedule.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPUCHOOSECONVSCHEDULE
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

static ConvSchedule chooseSchedule(linalg::Conv2DNhwcHwcfOp conv) {
  auto input = cast<ShapedType>(conv.getInputs()[0].getType());
  auto filter = cast<ShapedType>(conv.getInputs()[1].getType());
  if (input.hasStaticShape() && filter.hasStaticShape() &&
      filter.getNumElements() > input.getNumElements() &&
      filter.getDimSize(3) % kFilterBlock == 0)
    return ConvSchedule::filter_blocks;
  return ConvSchedule::rows;
}

namespace {
struct WebNNCPUChooseConvSchedulePass
    : webnn::cpu::impl::WebNNCPUChooseConvScheduleBase<
          WebNNCPUChooseConvSchedulePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    getOperation().walk([&](Operation *op) {
      std::optional<ConvSchedule> schedule;
      if (isa<linalg::DepthwiseConv2DNhwcHwcOp>(op))
        schedule = ConvSchedule::rows;
      else if (auto conv = dyn_cast<linalg::Conv2DNhwcHwcfOp>(op))
        schedule = chooseSchedule(conv);
      if (schedule)
        op->setAttr(WebNNCPUDialect::kConvScheduleAttrName,
                    ConvScheduleAttr::get(context, *schedule));
    });
  }
};
} // namespace
