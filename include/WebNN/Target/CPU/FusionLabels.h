//===- FusionLabels.h - The fusion labels the CPU backend claims -*- C++
//-*-===//
//
// Which fusion labels the CPU backend claims is its own decision, as
// torch-mlir's backends say which ops they keep (backend-legal-ops): the
// CPU pipeline forms these labels, keeps their composites through the
// generic lowering (which records each inlined op's label as
// `webnn.fusion_label`), and runs them as fused kernels. Every other
// composite is inlined, which is always correct since the region is the
// truth.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_TARGET_CPU_FUSIONLABELS_H
#define WEBNN_TARGET_CPU_FUSIONLABELS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"

namespace mlir::webnn::cpu {

/// Labels whose convolution or matmul computes the group's element-wise
/// epilogue (bias, residual add, scaling, activation) in its own tiles
/// (webnn-cpu-fuse-epilogues).
inline constexpr llvm::StringLiteral kEpilogueFusionLabels[] = {
    "conv2d_bias_activation", "conv2d_residual_activation", "gemm"};

/// Labels the CPU pipeline folds before the lowering: conv2d_batchnorm with
/// constant parameters becomes one convolution with folded weights and a
/// bias (webnn-fold-conv-batchnorm).
inline constexpr llvm::StringLiteral kFoldedFusionLabels[] = {
    "conv2d_batchnorm"};

/// Whether webnn-cpu-fuse-epilogues runs the epilogue of a heavy op lowered
/// from a composite labelled `label`.
inline bool isEpilogueFusionLabel(llvm::StringRef label) {
  return llvm::is_contained(kEpilogueFusionLabels, label);
}

} // namespace mlir::webnn::cpu

#endif // WEBNN_TARGET_CPU_FUSIONLABELS_H
