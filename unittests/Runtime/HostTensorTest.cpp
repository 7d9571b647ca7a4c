//===- HostTensorTest.cpp - Unit tests of HostTensor and float16 ----------===//
//
// float16 conversions against known bit patterns and exhaustively against
// the midpoints between neighbouring halves; element access of every data
// type, including the saturation of integers.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Runtime/HostTensor.h"

#include "gtest/gtest.h"
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

using namespace mlir::webnn;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isHalfNaN(uint16_t bits) {
  return (bits & 0x7c00) == 0x7c00 && (bits & 0x3ff) != 0;
}

TEST(Float16Test, KnownPatterns) {
  EXPECT_EQ(floatToHalf(1.0f), 0x3c00);
  EXPECT_EQ(floatToHalf(-2.0f), 0xc000);
  EXPECT_EQ(floatToHalf(0.5f), 0x3800);
  EXPECT_EQ(floatToHalf(0.1f), 0x2e66);
  EXPECT_EQ(floatToHalf(1.0f / 3.0f), 0x3555);
  EXPECT_EQ(floatToHalf(0.0f), 0x0000);
  EXPECT_EQ(floatToHalf(-0.0f), 0x8000);
  // The largest half, and the overflow threshold halfway to 2^16.
  EXPECT_EQ(floatToHalf(65504.0f), 0x7bff);
  EXPECT_EQ(floatToHalf(65519.0f), 0x7bff);
  EXPECT_EQ(floatToHalf(65520.0f), 0x7c00);
  EXPECT_EQ(floatToHalf(-65520.0f), 0xfc00);
  EXPECT_EQ(floatToHalf(1e30f), 0x7c00);
  EXPECT_EQ(floatToHalf(INFINITY), 0x7c00);
  EXPECT_EQ(floatToHalf(-INFINITY), 0xfc00);
  EXPECT_TRUE(isHalfNaN(floatToHalf(NAN)));
  EXPECT_TRUE(isHalfNaN(floatToHalf(-NAN)));
  // The smallest normal, and subnormals.
  EXPECT_EQ(floatToHalf(std::ldexp(1.0f, -14)), 0x0400);
  EXPECT_EQ(floatToHalf(std::ldexp(1.0f, -24)), 0x0001);
  EXPECT_EQ(floatToHalf(std::ldexp(1023.0f, -24)), 0x03ff);
  EXPECT_EQ(floatToHalf(-std::ldexp(1.0f, -24)), 0x8001);
  EXPECT_EQ(floatToHalf(1e-10f), 0x0000);
  EXPECT_EQ(floatToHalf(std::numeric_limits<float>::denorm_min()), 0x0000);
}

TEST(Float16Test, RoundsTiesToEven) {
  // 1 + 2^-11 is halfway between 0x3c00 and 0x3c01: to the even 0x3c00.
  EXPECT_EQ(floatToHalf(1.0f + std::ldexp(1.0f, -11)), 0x3c00);
  // 1 + 3 * 2^-11 is halfway between 0x3c01 and 0x3c02: to 0x3c02.
  EXPECT_EQ(floatToHalf(1.0f + 3 * std::ldexp(1.0f, -11)), 0x3c02);
  // Just above a tie rounds up.
  EXPECT_EQ(floatToHalf(1.0f + std::ldexp(1.0f, -11) + std::ldexp(1.0f, -20)),
            0x3c01);
  // 2^-25 is halfway between 0 and the smallest subnormal: to 0.
  EXPECT_EQ(floatToHalf(std::ldexp(1.0f, -25)), 0x0000);
  EXPECT_EQ(floatToHalf(std::nextafter(std::ldexp(1.0f, -25), 1.0f)), 0x0001);
  // 3 * 2^-25 is halfway between 0x0001 and 0x0002: to 0x0002.
  EXPECT_EQ(floatToHalf(3 * std::ldexp(1.0f, -25)), 0x0002);
  // Halfway between the largest subnormal and the smallest normal: up into
  // the normals (0x03ff is odd).
  EXPECT_EQ(floatToHalf(std::ldexp(1023.5f, -24)), 0x0400);
  // A carry out of the mantissa: halfway between 0x3bff and 2.0 rounds to
  // 2.0 (0x4000).
  EXPECT_EQ(floatToHalf(2.0f - std::ldexp(1.0f, -11)), 0x4000);
}

TEST(Float16Test, DoubleRoundsOnce) {
  // 1 + 2^-11 + 2^-40 is above the tie, so it rounds up; as a float it
  // becomes the tie itself, which rounds down.
  double value = 1.0 + std::ldexp(1.0, -11) + std::ldexp(1.0, -40);
  EXPECT_EQ(doubleToHalf(value), 0x3c01);
  EXPECT_EQ(floatToHalf(static_cast<float>(value)), 0x3c00);
  EXPECT_EQ(doubleToHalf(1e300), 0x7c00);
  EXPECT_EQ(doubleToHalf(-1e-300), 0x8000);
  EXPECT_EQ(doubleToHalf(std::numeric_limits<double>::denorm_min()), 0x0000);
  EXPECT_TRUE(isHalfNaN(doubleToHalf(kNaN)));
}

TEST(Float16Test, HalfToFloat) {
  EXPECT_EQ(halfToFloat(0x3c00), 1.0f);
  EXPECT_EQ(halfToFloat(0xc000), -2.0f);
  EXPECT_EQ(halfToFloat(0x7bff), 65504.0f);
  EXPECT_EQ(halfToFloat(0x0400), std::ldexp(1.0f, -14));
  EXPECT_EQ(halfToFloat(0x0001), std::ldexp(1.0f, -24));
  EXPECT_EQ(halfToFloat(0x03ff), std::ldexp(1023.0f, -24));
  EXPECT_EQ(halfToFloat(0x8001), -std::ldexp(1.0f, -24));
  EXPECT_EQ(halfToFloat(0x7c00), INFINITY);
  EXPECT_EQ(halfToFloat(0xfc00), -INFINITY);
  EXPECT_TRUE(std::isnan(halfToFloat(0x7e00)));
  EXPECT_TRUE(std::isnan(halfToFloat(0x7c01)));
  EXPECT_TRUE(std::isnan(halfToFloat(0xfe00)));
  float negativeZero = halfToFloat(0x8000);
  EXPECT_EQ(negativeZero, 0.0f);
  EXPECT_TRUE(std::signbit(negativeZero));
}

TEST(Float16Test, EveryPatternRoundTrips) {
  for (uint32_t bits = 0; bits <= 0xffff; ++bits) {
    uint16_t half = static_cast<uint16_t>(bits);
    float value = halfToFloat(half);
    if (isHalfNaN(half)) {
      EXPECT_TRUE(std::isnan(value)) << bits;
      EXPECT_TRUE(isHalfNaN(floatToHalf(value))) << bits;
      continue;
    }
    EXPECT_EQ(floatToHalf(value), half) << bits;
    EXPECT_EQ(doubleToHalf(value), half) << bits;
  }
}

TEST(Float16Test, EveryMidpointRoundsToEven) {
  // Between each pair of neighbouring finite halves of either sign.
  for (uint16_t sign : {0x0000, 0x8000}) {
    for (uint16_t low = 0; low < 0x7bff; ++low) {
      uint16_t high = low + 1;
      double a = halfToFloat(sign | low), b = halfToFloat(sign | high);
      double mid = (a + b) / 2; // Exact.
      uint16_t even = (low & 1) ? high : low;
      ASSERT_EQ(doubleToHalf(mid), sign | even) << low;
      ASSERT_EQ(floatToHalf(static_cast<float>(mid)), sign | even) << low;
      double quarter = (b - a) / 4;
      ASSERT_EQ(doubleToHalf(mid - quarter), sign | low) << low;
      ASSERT_EQ(doubleToHalf(mid + quarter), sign | high) << low;
    }
  }
}

TEST(HostTensorTest, ShapeAndStorage) {
  HostTensor tensor(DataType::Float32, {2, 3});
  EXPECT_EQ(tensor.getDataType(), DataType::Float32);
  EXPECT_EQ(tensor.getRank(), 2);
  EXPECT_EQ(tensor.getNumElements(), 6);
  EXPECT_EQ(tensor.getByteSize(), 24u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(tensor.data()) % 64, 0u);
  for (int64_t i = 0; i < 6; ++i)
    EXPECT_EQ(tensor.getAsDouble(i), 0.0);

  HostTensor scalar(DataType::Int64, {});
  EXPECT_EQ(scalar.getRank(), 0);
  EXPECT_EQ(scalar.getNumElements(), 1);
  EXPECT_EQ(scalar.getByteSize(), 8u);

  // Found by NpyFuzzer: an empty tensor's data() was null, and comparing
  // zero bytes from it undefined. It has storage like any other tensor.
  HostTensor empty(DataType::Uint8, {4, 0});
  EXPECT_EQ(empty.getNumElements(), 0);
  EXPECT_EQ(empty.getByteSize(), 0u);
  EXPECT_NE(empty.data(), nullptr);
  EXPECT_NE(HostTensor(empty).data(), nullptr);

  HostTensor big(DataType::Float16, {1000});
  EXPECT_EQ(big.getByteSize(), 2000u);
  for (int64_t i = 0; i < 1000; ++i)
    big.setFromDouble(i, i);
  HostTensor copy = big;
  EXPECT_EQ(reinterpret_cast<uintptr_t>(copy.data()) % 64, 0u);
  EXPECT_EQ(copy.getAsDouble(999), 999.0);
  EXPECT_EQ(copy.getAsDouble(0), 0.0);
}

// A copy is deep; a moved-from tensor gives its storage away.
TEST(HostTensorTest, CopiesAndMoves) {
  HostTensor original(DataType::Int32, {3});
  original.setFromDouble(2, 7);
  HostTensor copy = original;
  copy.setFromDouble(2, 8);
  EXPECT_EQ(original.getAsDouble(2), 7.0);
  EXPECT_EQ(copy.getAsDouble(2), 8.0);
  copy = original;
  EXPECT_EQ(copy.getAsDouble(2), 7.0);
  const char *storage = original.data();
  HostTensor moved = std::move(original);
  EXPECT_EQ(moved.data(), storage);
  EXPECT_EQ(moved.getAsDouble(2), 7.0);
}

// Sizes that untrusted input chose are checked before anything is
// allocated, and the system's refusal is an error too.
TEST(HostTensorTest, AllocateChecksTheSize) {
  auto zeros =
      HostTensor::allocate(DataType::Float32, {2, 3}, HostTensor::Fill::Zeros);
  ASSERT_TRUE(static_cast<bool>(zeros));
  EXPECT_EQ(zeros->getNumElements(), 6);
  EXPECT_EQ(zeros->getAsDouble(5), 0.0);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(zeros->data()) % 64, 0u);

  auto empty = HostTensor::allocate(DataType::Uint8, {0, 5},
                                    HostTensor::Fill::Uninitialized);
  ASSERT_TRUE(static_cast<bool>(empty));
  EXPECT_EQ(empty->getByteSize(), 0u);

  // One element over kMaxHostTensorBytes (2147483647).
  auto over = HostTensor::allocate(DataType::Float32, {536870912},
                                   HostTensor::Fill::Uninitialized);
  ASSERT_FALSE(static_cast<bool>(over));
  EXPECT_EQ(llvm::toString(over.takeError()),
            "a tensor of float32 [536870912] needs more than the runtime's "
            "limit of 2147483647 bytes");

  auto overflow = HostTensor::allocate(DataType::Uint8,
                                       {int64_t(1) << 32, int64_t(1) << 32},
                                       HostTensor::Fill::Zeros);
  ASSERT_FALSE(static_cast<bool>(overflow));
  EXPECT_EQ(llvm::toString(overflow.takeError()),
            "a tensor of uint8 [4294967296, 4294967296] has a negative "
            "dimension or more elements than fit in 64 bits");

  auto negative =
      HostTensor::allocate(DataType::Uint8, {-2}, HostTensor::Fill::Zeros);
  ASSERT_FALSE(static_cast<bool>(negative));
  llvm::consumeError(negative.takeError());
}

TEST(HostTensorTest, Floats) {
  HostTensor f32(DataType::Float32, {4});
  f32.setFromDouble(0, 0.1);
  f32.setFromDouble(1, 1e40);
  f32.setFromDouble(2, -kInf);
  f32.setFromDouble(3, kNaN);
  EXPECT_EQ(f32.getAsDouble(0), static_cast<double>(0.1f));
  EXPECT_EQ(f32.getAsDouble(1), kInf);
  EXPECT_EQ(f32.getAsDouble(2), -kInf);
  EXPECT_TRUE(std::isnan(f32.getAsDouble(3)));

  HostTensor f16(DataType::Float16, {4});
  f16.setFromDouble(0, 0.1);
  f16.setFromDouble(1, 65504);
  f16.setFromDouble(2, 70000);
  f16.setFromDouble(3, -1.5);
  uint16_t bits[4];
  std::memcpy(bits, f16.data(), sizeof(bits));
  EXPECT_EQ(bits[0], 0x2e66);
  EXPECT_EQ(bits[1], 0x7bff);
  EXPECT_EQ(bits[2], 0x7c00);
  EXPECT_EQ(bits[3], 0xbe00);
  EXPECT_EQ(f16.getAsDouble(0), halfToFloat(0x2e66));
  EXPECT_EQ(f16.getAsDouble(1), 65504.0);
  EXPECT_EQ(f16.getAsDouble(2), kInf);
  EXPECT_EQ(f16.getAsDouble(3), -1.5);
}

/// setFromDouble(value) then getAsDouble() on a one-element tensor.
double roundTrip(DataType type, double value) {
  HostTensor tensor(type, {1});
  tensor.setFromDouble(0, value);
  return tensor.getAsDouble(0);
}

TEST(HostTensorTest, IntegersTruncateAndSaturate) {
  EXPECT_EQ(roundTrip(DataType::Int8, 2.9), 2);
  EXPECT_EQ(roundTrip(DataType::Int8, -2.9), -2);
  EXPECT_EQ(roundTrip(DataType::Int8, 127.9), 127);
  EXPECT_EQ(roundTrip(DataType::Int8, 300), 127);
  EXPECT_EQ(roundTrip(DataType::Int8, -128.9), -128);
  EXPECT_EQ(roundTrip(DataType::Int8, -300), -128);
  EXPECT_EQ(roundTrip(DataType::Int8, kNaN), 0);
  EXPECT_EQ(roundTrip(DataType::Int8, kInf), 127);

  EXPECT_EQ(roundTrip(DataType::Uint8, 255.9), 255);
  EXPECT_EQ(roundTrip(DataType::Uint8, 256), 255);
  EXPECT_EQ(roundTrip(DataType::Uint8, -0.9), 0);
  EXPECT_EQ(roundTrip(DataType::Uint8, -1), 0);
  EXPECT_EQ(roundTrip(DataType::Uint8, -kInf), 0);
  EXPECT_EQ(roundTrip(DataType::Uint8, kNaN), 0);

  EXPECT_EQ(roundTrip(DataType::Int32, 3e9), 2147483647.0);
  EXPECT_EQ(roundTrip(DataType::Int32, -3e9), -2147483648.0);
  EXPECT_EQ(roundTrip(DataType::Int32, -2147483648.9), -2147483648.0);
  EXPECT_EQ(roundTrip(DataType::Int32, 2147483647.5), 2147483647.0);
  EXPECT_EQ(roundTrip(DataType::Int32, -7.5), -7);
  EXPECT_EQ(roundTrip(DataType::Int32, kNaN), 0);

  EXPECT_EQ(roundTrip(DataType::Uint32, 5e9), 4294967295.0);
  EXPECT_EQ(roundTrip(DataType::Uint32, 4294967295.5), 4294967295.0);
  EXPECT_EQ(roundTrip(DataType::Uint32, -5), 0);
  EXPECT_EQ(roundTrip(DataType::Uint32, kNaN), 0);

  HostTensor i64(DataType::Int64, {5});
  i64.setFromDouble(0, 1e19);
  i64.setFromDouble(1, -1e19);
  i64.setFromDouble(2, -9223372036854775808.0);
  i64.setFromDouble(3, 9007199254740993.0); // 2^53 + 1 is 2^53 as a double.
  i64.setFromDouble(4, kNaN);
  int64_t i64Values[5];
  std::memcpy(i64Values, i64.data(), sizeof(i64Values));
  EXPECT_EQ(i64Values[0], std::numeric_limits<int64_t>::max());
  EXPECT_EQ(i64Values[1], std::numeric_limits<int64_t>::min());
  EXPECT_EQ(i64Values[2], std::numeric_limits<int64_t>::min());
  EXPECT_EQ(i64Values[3], int64_t(1) << 53);
  EXPECT_EQ(i64Values[4], 0);

  HostTensor u64(DataType::Uint64, {4});
  u64.setFromDouble(0, 18446744073709551616.0); // 2^64
  u64.setFromDouble(1, 18446744073709549568.0); // The largest double < 2^64.
  u64.setFromDouble(2, -1);
  u64.setFromDouble(3, kInf);
  uint64_t u64Values[4];
  std::memcpy(u64Values, u64.data(), sizeof(u64Values));
  EXPECT_EQ(u64Values[0], std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(u64Values[1], 18446744073709549568u);
  EXPECT_EQ(u64Values[2], 0u);
  EXPECT_EQ(u64Values[3], std::numeric_limits<uint64_t>::max());
}

TEST(HostTensorTest, IntegersAreStoredInTheirWidth) {
  HostTensor i8(DataType::Int8, {2});
  i8.setFromDouble(0, -1);
  i8.setFromDouble(1, 5);
  EXPECT_EQ(static_cast<uint8_t>(i8.data()[0]), 0xff);
  EXPECT_EQ(i8.data()[1], 5);
  EXPECT_EQ(i8.getAsDouble(0), -1);

  HostTensor u32(DataType::Uint32, {1});
  u32.setFromDouble(0, 4000000000.0);
  uint32_t value;
  std::memcpy(&value, u32.data(), sizeof(value));
  EXPECT_EQ(value, 4000000000u);
  EXPECT_EQ(u32.getAsDouble(0), 4000000000.0);
}

TEST(HostTensorTest, FormatElementIsExactForIntegers) {
  // 2^64 - 1 and -2^63 + 1 are not doubles: they are written from the bits.
  HostTensor u64(DataType::Uint64, {1});
  uint64_t big = std::numeric_limits<uint64_t>::max();
  std::memcpy(u64.data(), &big, sizeof(big));
  EXPECT_EQ(u64.formatElement(0), "18446744073709551615");

  HostTensor i64(DataType::Int64, {1});
  int64_t low = std::numeric_limits<int64_t>::min() + 1;
  std::memcpy(i64.data(), &low, sizeof(low));
  EXPECT_EQ(i64.formatElement(0), "-9223372036854775807");

  HostTensor u32(DataType::Uint32, {1});
  u32.setFromDouble(0, 4294967295.0);
  EXPECT_EQ(u32.formatElement(0), "4294967295");

  HostTensor i8(DataType::Int8, {1});
  i8.setFromDouble(0, -128);
  EXPECT_EQ(i8.formatElement(0), "-128");

  // Floats keep 7 significant digits.
  HostTensor f32(DataType::Float32, {2});
  f32.setFromDouble(0, 1.0 / 3.0);
  f32.setFromDouble(1, 12345678.0);
  EXPECT_EQ(f32.formatElement(0), "0.3333333");
  EXPECT_EQ(f32.formatElement(1), "1.234568e+07");
}

} // namespace
