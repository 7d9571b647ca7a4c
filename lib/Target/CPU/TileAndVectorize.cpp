//===- TileAndVectorize.cpp - Register tiles of the heavy linalg ops ------===//
//
// The webnn-cpu-tile-and-vectorize pass: a transform-dialect script, written
// from the tile sizes of Schedule.h when the pass is initialized, that cuts
// matmuls, convolutions and pooling into register tiles (which
// webnn-cpu-vectorize-remaining then vectorizes):
// - matmul: cache blocks, then register tiles; batch matmul: register tiles;
// - convolutions, by their webnn_cpu.conv_schedule: a parallel loop over
//   output rows or over filter blocks, then register tiles of one kernel
//   row, decomposed to 1-D convolutions. Tiles marked webnn_cpu.conv_tile
//   are already inside their schedule's parallel loop (fused with their
//   epilogue by webnn-cpu-fuse-epilogues): only the register tiling is left;
// - depthwise convolutions and pooling: a parallel loop over (n, oh), then
//   one window row, decomposed to 1-D.
// The parallel loops (scf.forall) carry each op's share of the threads, or
// become serial loops for one thread.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "TransformScript.h"
#include "WebNN/Target/CPU/Schedule.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPUTILEANDVECTORIZE
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

namespace {
/// Writes a transform script one op per line, every handle an
/// !transform.any_op named by the caller.
class ScriptWriter {
public:
  explicit ScriptWriter(llvm::raw_ostream &os) : os(os) {}

  /// `%result` = the ops called `ops` in the root, with `attribute`
  /// ("name = value") when it is not empty.
  void match(StringRef result, ArrayRef<StringRef> ops,
             StringRef attribute = {}) {
    os << "    %" << result << " = transform.structured.match ops{[";
    llvm::interleaveComma(ops, os,
                          [&](StringRef op) { os << '"' << op << '"'; });
    os << "]}";
    if (!attribute.empty())
      os << " attributes{" << attribute << "}";
    os << " in %root : " << kFromAny << " -> !transform.any_op\n";
  }

  /// `%result` = `%target` tiled by `sizes` in serial loops (one per
  /// non-zero size, handles `%result_loops`).
  void tileUsingFor(StringRef result, StringRef target,
                    ArrayRef<int64_t> sizes) {
    int64_t loops = llvm::count_if(sizes, [](int64_t s) { return s != 0; });
    os << "    %" << result;
    if (loops > 0)
      os << ", %" << result << "_loops:" << loops;
    os << " = transform.structured.tile_using_for %" << target << " tile_sizes "
       << list(sizes) << " : " << kFromAny << " -> (" << types(1 + loops)
       << ")\n";
  }

  /// `%result` = `%target` tiled by `sizes` in one parallel loop.
  void tileUsingForall(StringRef result, StringRef target,
                       ArrayRef<int64_t> sizes) {
    os << "    %" << result << ", %" << result
       << "_forall = transform.structured.tile_using_forall %" << target
       << " tile_sizes " << list(sizes) << " : " << kFromAny << " -> ("
       << types(2) << ")\n";
  }

  void merge(StringRef result, StringRef first, StringRef second) {
    os << "    %" << result << " = transform.merge_handles %" << first << ", %"
       << second << " : !transform.any_op\n";
  }

  /// 2-D convolutions and pools with one kernel row -> 1-D ones.
  void decompose(StringRef result, StringRef target) {
    os << "    %" << result << " = transform.structured.decompose %" << target
       << " : " << kFromAny << " -> !transform.any_op\n";
  }

private:
  static constexpr llvm::StringLiteral kFromAny = "(!transform.any_op)";

  static std::string list(ArrayRef<int64_t> sizes) {
    return "[" +
           llvm::join(llvm::map_range(
                          sizes, [](int64_t s) { return std::to_string(s); }),
                      ", ") +
           "]";
  }
  static std::string types(int64_t count) {
    SmallVector<StringRef> all(count, "!transform.any_op");
    return llvm::join(all, ", ");
  }

  llvm::raw_ostream &os;
};
} // namespace

/// `name = #webnn_cpu.conv_schedule<schedule>`, as the script matches it.
static std::string scheduleAttribute(StringRef name, ConvSchedule schedule) {
  return (name + " = #webnn_cpu.conv_schedule<" +
          stringifyConvSchedule(schedule) + ">")
      .str();
}

/// The schedule of one convolution kind: standalone ops marked `schedule`
/// get the parallel loop first; fused tiles marked the same join them for
/// the register tiles, which decompose to 1-D.
static void writeConvSchedule(ScriptWriter &w, StringRef name, StringRef op,
                              ConvSchedule schedule,
                              ArrayRef<int64_t> parallelTile,
                              ArrayRef<int64_t> registerTile) {
  std::string whole = name.str(), tile = (name + "_tile").str(),
              parallel = (name + "_parallel").str(),
              all = (name + "_all").str(), regs = (name + "_regs").str(),
              oneD = (name + "_1d").str();
  w.match(whole, {op},
          scheduleAttribute(WebNNCPUDialect::kConvScheduleAttrName, schedule));
  w.match(tile, {op},
          scheduleAttribute(WebNNCPUDialect::kConvTileAttrName, schedule));
  w.tileUsingForall(parallel, whole, parallelTile);
  w.merge(all, parallel, tile);
  w.tileUsingFor(regs, all, registerTile);
  w.decompose(oneD, regs);
}

/// The script of webnn-cpu-tile-and-vectorize.
static std::string writeHeavyOpScript() {
  std::string script;
  llvm::raw_string_ostream os(script);
  os << "module attributes {transform.with_named_sequence} {\n"
        "  transform.named_sequence @__transform_main(%root: "
        "!transform.any_op {transform.readonly}) {\n";
  ScriptWriter w(os);
  w.match("mm", {"linalg.matmul"});
  w.tileUsingFor("mm_cache", "mm", kMatmulCacheTile);
  w.tileUsingFor("mm_regs", "mm_cache", kMatmulRegisterTile);

  w.match("bmm", {"linalg.batch_matmul"});
  w.tileUsingFor("bmm_regs", "bmm", kBatchMatmulRegisterTile);

  writeConvSchedule(w, "conv_rows", "linalg.conv_2d_nhwc_hwcf",
                    ConvSchedule::rows, kConvRowsParallelTile,
                    kConvRowsRegisterTile);
  writeConvSchedule(w, "conv_blocks", "linalg.conv_2d_nhwc_hwcf",
                    ConvSchedule::filter_blocks, kConvFilterBlocksParallelTile,
                    kConvFilterBlocksRegisterTile);
  writeConvSchedule(w, "dw", "linalg.depthwise_conv_2d_nhwc_hwc",
                    ConvSchedule::rows, kWindowRowsParallelTile,
                    kWindowRowsRegisterTile);

  // Pooling needs no schedule mark: it has one.
  w.match("pool", {"linalg.pooling_nhwc_sum", "linalg.pooling_nhwc_max",
                   "linalg.pooling_nhwc_max_unsigned"});
  w.tileUsingForall("pool_parallel", "pool", kWindowRowsParallelTile);
  w.tileUsingFor("pool_regs", "pool_parallel", kWindowRowsRegisterTile);
  w.decompose("pool_1d", "pool_regs");
  os << "    transform.yield\n  }\n}\n";
  return script;
}

namespace {
struct WebNNCPUTileAndVectorizePass
    : webnn::cpu::impl::WebNNCPUTileAndVectorizeBase<
          WebNNCPUTileAndVectorizePass> {
  void getDependentDialects(DialectRegistry &registry) const override {
    registerCPUBackendDependencies(registry);
  }

  LogicalResult initialize(MLIRContext *context) override {
    return script.parse(writeHeavyOpScript(), context, getArgument());
  }

  void runOnOperation() override {
    if (failed(script.apply(getOperation())))
      signalPassFailure();
  }

  TransformScript script;
};
} // namespace
