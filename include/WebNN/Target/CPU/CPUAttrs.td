//===- CPUAttrs.td - The CPU backend's attributes ----------*- tablegen -*-===//
//
// The `webnn_cpu` dialect holds no ops: only the attributes the CPU
// backend's passes leave on linalg ops for the passes after them, so that a
// schedule is a checked enum value rather than a string each pass spells.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_TARGET_CPU_CPUATTRS_TD
#define WEBNN_TARGET_CPU_CPUATTRS_TD

include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/OpBase.td"

def WebNNCPU_Dialect : Dialect {
  let name = "webnn_cpu";
  let cppNamespace = "::mlir::webnn::cpu";
  let summary = "The CPU backend's schedule attributes";
  let description = [{
    Attributes the CPU backend sets on linalg ops between its passes:

    - `webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>` on a
      convolution that `webnn-cpu-tile-and-vectorize` tiles whole: the loop
      order `webnn-cpu-choose-conv-schedule` chose for it;
    - `webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>` on a
      convolution tile that `webnn-cpu-fuse-epilogues` already put inside
      its schedule's parallel loop: only its register tiling is left.

    The dialect verifies that both carry a schedule.
  }];
  let useDefaultAttributePrinterParser = 1;
  let hasOperationAttrVerify = 1;
  let extraClassDeclaration = [{
    static constexpr ::llvm::StringLiteral kConvScheduleAttrName =
        "webnn_cpu.conv_schedule";
    static constexpr ::llvm::StringLiteral kConvTileAttrName =
        "webnn_cpu.conv_tile";
  }];
}

def WebNNCPU_ConvSchedule : I32EnumAttr<"ConvSchedule",
    "The loop order of a convolution on the CPU", [
      // A parallel loop over output rows, each of which streams the whole
      // filter: early layers, where the activations outweigh the filter.
      I32EnumAttrCase<"rows", 0>,
      // A parallel loop over blocks of filters, each of which stays in
      // cache while every output row uses it: late layers, where the filter
      // outweighs the activations.
      I32EnumAttrCase<"filter_blocks", 1>
    ]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::webnn::cpu";
}
def WebNNCPU_ConvScheduleAttr
    : EnumAttr<WebNNCPU_Dialect, WebNNCPU_ConvSchedule, "conv_schedule"> {
  let assemblyFormat = "`<` $value `>`";
}

#endif // WEBNN_TARGET_CPU_CPUATTRS_TD
