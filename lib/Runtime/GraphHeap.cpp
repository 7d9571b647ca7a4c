//===- GraphHeap.cpp - The checked heap of a running graph ----------------===//

#include "WebNN/Runtime/GraphHeap.h"

#include "llvm/Support/ErrorHandling.h"
#include <cstddef>
#include <cstdlib>
#include <string>

using namespace mlir::webnn;

/// The heap of the run on this thread; null outside GraphHeap::run.
static thread_local GraphHeap *currentHeap = nullptr;

static GraphHeap &getCurrentHeap() {
  // Unreachable through the Executable, which runs graphs inside
  // GraphHeap::run and rejects allocations in parallel regions.
  if (!currentHeap)
    llvm::report_fatal_error("webnn: a compiled graph allocated memory "
                             "outside GraphHeap::run or off its thread");
  return *currentHeap;
}

void *GraphHeap::allocate(uint64_t size) {
  return getCurrentHeap().allocateChecked(/*alignment=*/0, size);
}

void *GraphHeap::allocateAligned(uint64_t alignment, uint64_t size) {
  return getCurrentHeap().allocateChecked(alignment, size);
}

void GraphHeap::release(void *pointer) {
  if (pointer)
    getCurrentHeap().releaseBlock(pointer);
}

void *GraphHeap::allocateChecked(uint64_t alignment, uint64_t size) {
  // liveBytes never exceeds limitBytes, so this cannot wrap.
  if (size > limitBytes - liveBytes)
    fail(size, "the run's memory limit");
  // posix_memalign takes powers of two (checked here: sanitizers abort on
  // others); malloc's own alignment serves the smaller ones.
  if (alignment & (alignment - 1))
    fail(size, "its alignment, which is not a power of two");
  // malloc(0) may return null: every block takes at least a byte.
  size_t bytes = size ? size : 1;
  void *pointer = nullptr;
  if (alignment <= alignof(std::max_align_t))
    pointer = std::malloc(bytes);
  else if (posix_memalign(&pointer, alignment, bytes) != 0)
    pointer = nullptr;
  if (!pointer)
    fail(size, "the system's allocator");
  blocks[pointer] = size;
  liveBytes += size;
  return pointer;
}

void GraphHeap::releaseBlock(void *pointer) {
  auto block = blocks.find(pointer);
  if (block == blocks.end())
    llvm::report_fatal_error("webnn: a compiled graph freed memory that it "
                             "did not allocate");
  liveBytes -= block->second;
  blocks.erase(block);
  std::free(pointer);
}

void GraphHeap::fail(uint64_t size, const char *refusedBy) {
  failure = "the graph ran out of memory: " + std::to_string(size) +
            " bytes for an intermediate tensor were refused by " + refusedBy +
            " (" + std::to_string(liveBytes) + " bytes in use";
  if (limitBytes != UINT64_MAX)
    failure += ", limit " + std::to_string(limitBytes) + " bytes";
  failure += ")";
  std::longjmp(failureJump, 1);
}

llvm::Error GraphHeap::run(void (*entry)(void **), void **arguments) {
  GraphHeap *outer = currentHeap;
  currentHeap = this;
  failure.clear();
  // Nothing of this frame changes between setjmp and a longjmp back to it
  // but members, which live in memory.
  if (setjmp(failureJump) == 0)
    entry(arguments);
  currentHeap = outer;
  // A finished graph has freed its blocks; a refused one leaves them here.
  for (auto &block : blocks)
    std::free(block.first);
  blocks.clear();
  liveBytes = 0;
  if (failure.empty())
    return llvm::Error::success();
  return llvm::createStringError(llvm::inconvertibleErrorCode(), failure);
}
