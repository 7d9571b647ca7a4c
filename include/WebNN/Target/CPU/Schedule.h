//===- Schedule.h - The CPU backend's tile sizes ----------------*- C++ -*-===//
//
// The one source of the CPU backend's tile sizes. The transform script of
// webnn-cpu-tile-and-vectorize is written from these arrays, and
// webnn-cpu-fuse-epilogues and webnn-cpu-choose-conv-schedule read them,
// so that an epilogue's loops are always the heavy op's outer tiles.
//
// Each array holds one size per loop of the linalg op it tiles, in the
// op's loop order; 0 leaves a loop whole and trailing loops are left whole.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_TARGET_CPU_SCHEDULE_H
#define WEBNN_TARGET_CPU_SCHEDULE_H

#include "WebNN/Target/CPU/CPUDialect.h"
#include "llvm/ADT/ArrayRef.h"

#include <array>
#include <cstdint>

namespace mlir::webnn::cpu {

/// linalg.matmul, loops (m, n, k): blocks for the caches, then tiles for the
/// registers. A fused epilogue runs on the cache blocks' (m, n).
inline constexpr std::array<int64_t, 3> kMatmulCacheTile = {64, 128, 128};
inline constexpr std::array<int64_t, 3> kMatmulRegisterTile = {8, 32, 16};

/// linalg.batch_matmul, loops (b, m, n, k).
inline constexpr std::array<int64_t, 4> kBatchMatmulRegisterTile = {1, 8, 32,
                                                                    16};

/// linalg.conv_2d_nhwc_hwcf, loops (n, oh, ow, f, kh, kw, c), per schedule:
/// the parallel loop, then the register tile inside it (one kernel row, so
/// that the tile decomposes to a 1-D convolution).
inline constexpr std::array<int64_t, 2> kConvRowsParallelTile = {1, 1};
inline constexpr std::array<int64_t, 7> kConvRowsRegisterTile = {0, 0, 8, 32,
                                                                 1, 1, 8};
inline constexpr std::array<int64_t, 4> kConvFilterBlocksParallelTile = {0, 0,
                                                                         0, 32};
inline constexpr std::array<int64_t, 7> kConvFilterBlocksRegisterTile = {
    1, 1, 8, 0, 1, 1, 8};
/// The filters of one block of the filter_blocks schedule.
inline constexpr int64_t kFilterBlock = kConvFilterBlocksParallelTile[3];

/// Depthwise convolutions and pooling, loops (n, oh, ow, c, kh, kw): a
/// parallel loop over output rows, then a register tile of one window row.
inline constexpr std::array<int64_t, 2> kWindowRowsParallelTile = {1, 1};
inline constexpr std::array<int64_t, 6> kWindowRowsRegisterTile = {0,  0, 8,
                                                                   32, 1, 0};

/// The parallel tile of a convolution's schedule over its output's
/// (n, oh, ow, c): what a fused epilogue's loops cut.
inline ArrayRef<int64_t> getConvParallelTile(ConvSchedule schedule,
                                             bool depthwise) {
  if (depthwise)
    return kWindowRowsParallelTile;
  switch (schedule) {
  case ConvSchedule::rows:
    return kConvRowsParallelTile;
  case ConvSchedule::filter_blocks:
    return kConvFilterBlocksParallelTile;
  }
  llvm_unreachable("unknown convolution schedule");
}

} // namespace mlir::webnn::cpu

#endif // WEBNN_TARGET_CPU_SCHEDULE_H
