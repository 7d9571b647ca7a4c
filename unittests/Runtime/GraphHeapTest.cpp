//===- GraphHeapTest.cpp - The checked heap of a running graph ------------===//
//
// GraphHeap::run calls a packed entry point the way the Executable calls a
// compiled graph; the entries here stand in for generated code, allocating
// and freeing through the same functions.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Runtime/GraphHeap.h"

#include "gtest/gtest.h"
#include <algorithm>
#include <cstdint>
#include <vector>

using namespace mlir::webnn;

namespace {
/// What a fake graph does: allocate these sizes in order (with this
/// alignment), then free them all, writing every byte first.
struct Script {
  std::vector<uint64_t> sizes;
  uint64_t alignment = 0;
  /// The live bytes the heap reported after the last allocation.
  uint64_t peakSeen = 0;
  GraphHeap *heap = nullptr;
};

/// Like generated code, it holds nothing that needs a destructor: a refused
/// allocation jumps out of it.
void runScript(void **arguments) {
  auto &script = *static_cast<Script *>(arguments[0]);
  void *blocks[8];
  size_t count = 0;
  for (uint64_t size : script.sizes) {
    void *block = script.alignment
                      ? GraphHeap::allocateAligned(script.alignment, size)
                      : GraphHeap::allocate(size);
    if (script.alignment)
      EXPECT_EQ(reinterpret_cast<uintptr_t>(block) % script.alignment, 0u);
    std::fill_n(static_cast<char *>(block), size, 1);
    blocks[count++] = block;
    script.peakSeen = script.heap->getLiveBytes();
  }
  for (size_t i = 0; i < count; ++i)
    GraphHeap::release(blocks[i]);
}

llvm::Error runWithLimit(Script &script, uint64_t limit) {
  GraphHeap heap(limit);
  script.heap = &heap;
  void *arguments[] = {&script};
  return heap.run(runScript, arguments);
}
} // namespace

TEST(GraphHeapTest, ServesAndCountsBlocksWithinTheLimit) {
  Script script;
  script.sizes = {100, 200, 300};
  ASSERT_FALSE(llvm::errorToBool(runWithLimit(script, 600)));
  EXPECT_EQ(script.peakSeen, 600u);
}

TEST(GraphHeapTest, AlignsBlocks) {
  Script script;
  script.sizes = {1, 100, 4096};
  script.alignment = 64;
  ASSERT_FALSE(llvm::errorToBool(runWithLimit(script, UINT64_MAX)));
}

TEST(GraphHeapTest, ZeroByteBlocksAreBlocks) {
  Script script;
  script.sizes = {0, 0};
  ASSERT_FALSE(llvm::errorToBool(runWithLimit(script, 0)));
}

// The third block would exceed the limit: the run ends with an error at
// that request, and the two blocks it holds are freed (the sanitized suite
// would report them as leaks otherwise).
TEST(GraphHeapTest, RefusesABlockOverTheLimitAndFreesTheRest) {
  Script script;
  script.sizes = {100, 200, 301};
  llvm::Error error = runWithLimit(script, 600);
  ASSERT_TRUE(static_cast<bool>(error));
  EXPECT_EQ(llvm::toString(std::move(error)),
            "the graph ran out of memory: 301 bytes for an intermediate "
            "tensor were refused by the run's memory limit (300 bytes in "
            "use, limit 600 bytes)");
  EXPECT_EQ(script.peakSeen, 300u);
}

TEST(GraphHeapTest, RefusesAnAlignmentThatIsNotAPowerOfTwo) {
  Script script;
  script.sizes = {64};
  script.alignment = 48;
  llvm::Error error = runWithLimit(script, UINT64_MAX);
  ASSERT_TRUE(static_cast<bool>(error));
  EXPECT_EQ(llvm::toString(std::move(error)),
            "the graph ran out of memory: 64 bytes for an intermediate tensor "
            "were refused by its alignment, which is not a power of two (0 "
            "bytes in use)");
}

// AddressSanitizer reports a request that large instead of returning null.
#if !defined(__has_feature) || !__has_feature(address_sanitizer)
TEST(GraphHeapTest, ReportsAnAllocationMallocRefuses) {
  Script script;
  script.sizes = {1000, uint64_t(1) << 62};
  llvm::Error error = runWithLimit(script, UINT64_MAX);
  ASSERT_TRUE(static_cast<bool>(error));
  EXPECT_EQ(llvm::toString(std::move(error)),
            "the graph ran out of memory: 4611686018427387904 bytes for an "
            "intermediate tensor were refused by the system's allocator (1000 "
            "bytes in use)");
}
#endif

// A heap serves runs one after the other, each from zero live bytes.
TEST(GraphHeapTest, ARefusedRunLeavesTheHeapReusable) {
  GraphHeap heap(1000);
  Script big, small;
  big.sizes = {600, 600};
  small.sizes = {900};
  big.heap = small.heap = &heap;
  void *bigArguments[] = {&big};
  void *smallArguments[] = {&small};
  EXPECT_TRUE(llvm::errorToBool(heap.run(runScript, bigArguments)));
  EXPECT_EQ(heap.getLiveBytes(), 0u);
  EXPECT_FALSE(llvm::errorToBool(heap.run(runScript, smallArguments)));
}
