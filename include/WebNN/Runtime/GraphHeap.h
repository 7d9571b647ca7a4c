//===- GraphHeap.h - The checked heap of a running graph --------*- C++ -*-===//
//
// A compiled graph allocates its intermediate tensors itself. The pipelines
// lower memref.alloc and memref.dealloc to calls of the generic functions
// `_mlir_memref_to_llvm_alloc`, `_mlir_memref_to_llvm_aligned_alloc` and
// `_mlir_memref_to_llvm_free` (FinalizeMemRefToLLVM's use-generic-functions),
// which the Executable binds to this heap rather than to malloc and free:
//
// - every block is counted against the run's memory limit, so that a graph
//   whose intermediates do not fit is an error rather than the process's
//   death by the kernel's out-of-memory killer;
// - a request that the limit or malloc refuses ends the run: the heap jumps
//   back (longjmp) to GraphHeap::run, frees every block the run still holds
//   and returns the error, instead of handing a null pointer to the code.
//
// Jumping out of generated code is safe because that code has no cleanups
// of its own and allocates only on the thread that called run, outside its
// parallel loops (the Executable checks this when it compiles: a block
// requested inside an OpenMP region could not be unwound).
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_RUNTIME_GRAPHHEAP_H
#define WEBNN_RUNTIME_GRAPHHEAP_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Error.h"
#include <csetjmp>
#include <cstdint>
#include <string>

namespace mlir::webnn {

class GraphHeap {
public:
  /// The names the generated code calls, and the functions they are bound
  /// to (with the C signatures that FinalizeMemRefToLLVM declares).
  static constexpr const char *kAllocName = "_mlir_memref_to_llvm_alloc";
  static constexpr const char *kAlignedAllocName =
      "_mlir_memref_to_llvm_aligned_alloc";
  static constexpr const char *kFreeName = "_mlir_memref_to_llvm_free";
  static void *allocate(uint64_t size);
  static void *allocateAligned(uint64_t alignment, uint64_t size);
  static void release(void *pointer);

  /// A heap whose live blocks may take at most `limitBytes` bytes.
  explicit GraphHeap(uint64_t limitBytes) : limitBytes(limitBytes) {}

  /// Calls `entry(arguments)` (a compiled graph's packed interface) with
  /// this heap serving its allocations on the calling thread. Returns the
  /// error of a refused allocation, with every block of the run freed.
  llvm::Error run(void (*entry)(void **), void **arguments);

  /// The bytes of the blocks the current run holds.
  uint64_t getLiveBytes() const { return liveBytes; }

private:
  void *allocateChecked(uint64_t alignment, uint64_t size);
  void releaseBlock(void *pointer);
  [[noreturn]] void fail(uint64_t size, const char *refusedBy);

  uint64_t limitBytes;
  uint64_t liveBytes = 0;
  /// The blocks the run holds, by address: their sizes.
  llvm::DenseMap<void *, uint64_t> blocks;
  std::string failure;
  std::jmp_buf failureJump;
};

} // namespace mlir::webnn

#endif // WEBNN_RUNTIME_GRAPHHEAP_H
