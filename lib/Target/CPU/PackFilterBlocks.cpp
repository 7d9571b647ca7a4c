//===- PackFilterBlocks.cpp - Contiguous filter blocks --------------------===//
//
// The webnn-cpu-pack-filter-blocks pass packs the constant filter of every
// filter_blocks convolution so that each block of filters is contiguous: a
// filter [KH, KW, C, F] becomes [F / B, KH, KW, C, B], and the parallel
// loop's slice of B filters at offset f becomes block f / B of the packed
// constant. Unpacked, a block's rows lie F * 4 bytes apart: with 1024
// filters each row is on its own page, and the reduction over 3x3x1024 rows
// thrashed the TLB (TinyYOLOv2's last layers ran at a third of the peak).
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "WebNN/Dialect/WebNN/IR/ConstantData.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/PatternMatch.h"

#include <cstring>

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPUPACKFILTERBLOCKS
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

namespace {
struct WebNNCPUPackFilterBlocksPass
    : webnn::cpu::impl::WebNNCPUPackFilterBlocksBase<
          WebNNCPUPackFilterBlocksPass> {
  void runOnOperation() override {
    SmallVector<tensor::ExtractSliceOp> slices;
    getOperation().walk([&](tensor::ExtractSliceOp slice) {
      if (slice->getParentOfType<scf::ForallOp>() && getBlock(slice))
        slices.push_back(slice);
    });
    DenseMap<std::pair<Operation *, int64_t>, Value> packedConstants;
    IRRewriter rewriter(&getContext());
    for (tensor::ExtractSliceOp slice : slices) {
      auto constant = slice.getSource().getDefiningOp<arith::ConstantOp>();
      int64_t block = *getBlock(slice);
      Value &packed = packedConstants[{constant, block}];
      if (!packed) {
        rewriter.setInsertionPoint(constant);
        packed = pack(rewriter, constant, block);
        if (!packed)
          continue;
      }
      auto type = cast<RankedTensorType>(slice.getType());
      rewriter.setInsertionPoint(slice);
      Location loc = slice.getLoc();
      OpFoldResult offset = slice.getMixedOffsets()[3];
      AffineExpr d0 = rewriter.getAffineDimExpr(0);
      OpFoldResult blockIndex = affine::makeComposedFoldedAffineApply(
          rewriter, loc, d0.floorDiv(block), {offset});
      OpFoldResult zero = rewriter.getIndexAttr(0);
      OpFoldResult one = rewriter.getIndexAttr(1);
      SmallVector<OpFoldResult> offsets = {blockIndex, zero, zero, zero, zero};
      SmallVector<OpFoldResult> sizes = {one};
      for (int64_t size : type.getShape())
        sizes.push_back(rewriter.getIndexAttr(size));
      SmallVector<OpFoldResult> strides(5, one);
      rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
          slice, type, packed, offsets, sizes, strides);
    }
  }

private:
  /// The filter block a slice takes from a constant [KH, KW, C, F] filter:
  /// all of its first three dimensions and B < F filters, B dividing F.
  static std::optional<int64_t> getBlock(tensor::ExtractSliceOp slice) {
    auto constant = slice.getSource().getDefiningOp<arith::ConstantOp>();
    auto sourceType = dyn_cast<RankedTensorType>(slice.getSourceType());
    auto type = slice.getType();
    if (!constant || !sourceType || sourceType.getRank() != 4 ||
        type.getRank() != 4 || !sourceType.hasStaticShape() ||
        !type.hasStaticShape() || !sourceType.getElementType().isIntOrFloat())
      return std::nullopt;
    for (int64_t d = 0; d < 3; ++d)
      if (type.getDimSize(d) != sourceType.getDimSize(d) ||
          getConstantIntValue(slice.getMixedOffsets()[d]) != 0)
        return std::nullopt;
    for (OpFoldResult stride : slice.getMixedStrides())
      if (getConstantIntValue(stride) != 1)
        return std::nullopt;
    int64_t block = type.getDimSize(3);
    int64_t filters = sourceType.getDimSize(3);
    if (block >= filters || filters % block != 0)
      return std::nullopt;
    // The slice must start on a block: a constant multiple of it, or
    // iv * block as the parallel loop computes it.
    OpFoldResult offset = slice.getMixedOffsets()[3];
    if (std::optional<int64_t> value = getConstantIntValue(offset))
      return *value % block == 0 ? std::optional<int64_t>(block) : std::nullopt;
    // Or the induction variable of a parallel loop stepping by blocks from
    // a block boundary, as the fused epilogues' loops have it.
    if (auto iv = dyn_cast<BlockArgument>(cast<Value>(offset)))
      if (auto loop = dyn_cast<scf::ForallOp>(iv.getOwner()->getParentOp());
          loop && iv.getArgNumber() < loop.getRank()) {
        std::optional<int64_t> lb =
            getConstantIntValue(loop.getMixedLowerBound()[iv.getArgNumber()]);
        std::optional<int64_t> step =
            getConstantIntValue(loop.getMixedStep()[iv.getArgNumber()]);
        if (lb && step && *lb % block == 0 && *step % block == 0)
          return block;
        return std::nullopt;
      }
    auto apply = cast<Value>(offset).getDefiningOp<affine::AffineApplyOp>();
    if (!apply || apply.getAffineMap().getNumResults() != 1 ||
        apply.getAffineMap().getResult(0) !=
            getAffineDimExpr(0, slice.getContext()) * block)
      return std::nullopt;
    return block;
  }

  /// A new constant [F / block, KH, KW, C, block] holding `constant`'s
  /// filters block by block; null if its data is not available.
  static Value pack(RewriterBase &rewriter, arith::ConstantOp constant,
                    int64_t block) {
    std::optional<ArrayRef<char>> bytes =
        webnn::getElementBytes(constant.getValue());
    if (!bytes)
      return {};
    ArrayRef<char> data = *bytes;
    auto type = cast<RankedTensorType>(constant.getType());
    unsigned bits = type.getElementType().getIntOrFloatBitWidth();
    if (bits % 8 != 0 ||
        data.size() != static_cast<size_t>(type.getNumElements()) * bits / 8)
      return {};
    size_t width = bits / 8;
    int64_t filters = type.getDimSize(3);
    int64_t rows = type.getNumElements() / filters; // KH * KW * C
    std::vector<char> packed(data.size());
    char *out = packed.data();
    for (int64_t first = 0; first < filters; first += block)
      for (int64_t row = 0; row < rows; ++row) {
        std::memcpy(out, data.data() + (row * filters + first) * width,
                    block * width);
        out += block * width;
      }
    auto packedType =
        RankedTensorType::get({filters / block, type.getDimSize(0),
                               type.getDimSize(1), type.getDimSize(2), block},
                              type.getElementType());
    return arith::ConstantOp::create(
        rewriter, constant.getLoc(), packedType,
        webnn::createResourceElements(packedType, "packed_filter", packed));
  }
};
} // namespace
