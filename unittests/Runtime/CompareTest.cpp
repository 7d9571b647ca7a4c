//===- CompareTest.cpp - Unit tests of tensor comparison ------------------===//
//
// ULP distances as WPT's webnn helpers compute them (the float32 and integer
// cases mirror WPT's validation of its own ulpDistance), the NaN and
// infinity rules, float16 rounding of expected values, atol and allclose.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Runtime/Compare.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <cmath>
#include <cstring>
#include <limits>

using namespace mlir::webnn;
using ::testing::HasSubstr;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// A 1-D tensor of `values`, rounded to `type`.
HostTensor makeTensor(DataType type, llvm::ArrayRef<double> values) {
  HostTensor tensor(type, {static_cast<int64_t>(values.size())});
  for (auto [i, value] : llvm::enumerate(values))
    tensor.setFromDouble(i, value);
  return tensor;
}

HostTensor halves(llvm::ArrayRef<uint16_t> bits) {
  HostTensor tensor(DataType::Float16, {static_cast<int64_t>(bits.size())});
  std::memcpy(tensor.data(), bits.data(), bits.size() * 2);
  return tensor;
}

template <typename T>
HostTensor integers(DataType type, llvm::ArrayRef<T> values) {
  HostTensor tensor(type, {static_cast<int64_t>(values.size())});
  std::memcpy(tensor.data(), values.data(), values.size() * sizeof(T));
  return tensor;
}

Tolerance ulp(double count) { return {Tolerance::Kind::Ulp, count, 0}; }
Tolerance atol(double value) { return {Tolerance::Kind::Atol, value, 0}; }
Tolerance allClose(double atol, double rtol) {
  return {Tolerance::Kind::AllClose, atol, rtol};
}

/// The ULP distance of two one-element tensors.
double ulpDistance(const HostTensor &a, const HostTensor &e) {
  return compareTensors(a, e, ulp(0)).maxMetric;
}

double float32Ulp(double a, double e) {
  return ulpDistance(makeTensor(DataType::Float32, {a}),
                     makeTensor(DataType::Float32, {e}));
}

TEST(CompareTest, Float32UlpDistanceAsWpt) {
  const struct {
    double a, b, distance;
  } cases[] = {
      {0.0, 0.0, 0},
      {0.0, 1e-46, 0}, // 1e-46 is 0 in float32.
      {0.0, 1e-36, 61482021},
      {1.0, 1.0, 0},
      {1.0, -1.0, 2130706432},
      {1.0, 2.0, 8388608},
      {1.000001, 1.000002, 9},
      {1.0000001, 1.0000002, 1},
      {-1.000001, 1.000002, 2130706457},
      {-1.0000001, 1.0000002, 2130706435},
      {0.0, 1.401298464324817e-45, 1},
      {99.28312683105469, 39.03501892089844, 11169050},
      {16777215, 16777216, 1},
  };
  for (const auto &c : cases) {
    EXPECT_EQ(float32Ulp(c.a, c.b), c.distance) << c.a << " " << c.b;
    EXPECT_EQ(float32Ulp(c.b, c.a), c.distance) << c.b << " " << c.a;
    EXPECT_EQ(float32Ulp(-c.a, -c.b), c.distance) << -c.a << " " << -c.b;
  }
}

TEST(CompareTest, Float32UlpAcrossZero) {
  EXPECT_EQ(float32Ulp(0.0, -0.0), 0);
  EXPECT_EQ(float32Ulp(-0.0, 0.0), 0);
  double tiny = std::numeric_limits<float>::denorm_min();
  EXPECT_EQ(float32Ulp(tiny, -tiny), 2);
  EXPECT_EQ(float32Ulp(-tiny, 0.0), 1);
  EXPECT_EQ(float32Ulp(1.0, std::nextafter(1.0f, 2.0f)), 1);
  EXPECT_EQ(float32Ulp(1.0, std::nextafter(1.0f, 0.0f)), 1);
}

TEST(CompareTest, UlpMessage) {
  Comparison result = compareTensors(
      makeTensor(DataType::Float32, {1.0, 2.0, 3.0}),
      makeTensor(DataType::Float32, {1.0, std::nextafter(2.0f, 3.0f), 3.0}),
      ulp(1));
  EXPECT_TRUE(result.matches);
  EXPECT_EQ(result.count, 3);
  EXPECT_EQ(result.mismatches, 0);
  EXPECT_EQ(result.worstIndex, 1);
  EXPECT_EQ(result.maxMetric, 1);
  EXPECT_EQ(result.message,
            "max error 1 ULP at index 1 (actual 2, expected 2.0000002)");

  result = compareTensors(
      makeTensor(DataType::Float32, {std::nextafter(1.0f, 2.0f)}),
      makeTensor(DataType::Float32, {1.0}), ulp(0));
  EXPECT_FALSE(result.matches);
  EXPECT_EQ(result.mismatches, 1);
  EXPECT_EQ(result.message, "1 of 1 element exceeds 0 ULP; max error 1 ULP "
                            "at index 0 (actual 1.0000001, expected 1)");
}

TEST(CompareTest, CountsMismatchesAndFindsTheFirstWorst) {
  // ULP distances 0, 2, 5, 5, 1, 0 from the expected ones.
  HostTensor expected = makeTensor(DataType::Float32, {1, 1, 1, 1, 1, 1});
  HostTensor actual = expected;
  float *a = reinterpret_cast<float *>(actual.data());
  const int steps[] = {0, 2, 5, -5, 1, 0};
  for (int i = 0; i < 6; ++i) {
    uint32_t bits;
    std::memcpy(&bits, &a[i], 4);
    bits += steps[i];
    std::memcpy(&a[i], &bits, 4);
  }
  Comparison result = compareTensors(actual, expected, ulp(2));
  EXPECT_FALSE(result.matches);
  EXPECT_EQ(result.mismatches, 2);
  EXPECT_EQ(result.worstIndex, 2);
  EXPECT_EQ(result.maxMetric, 5);
  EXPECT_EQ(result.worstExpected, 1.0);
  EXPECT_THAT(result.message,
              HasSubstr("2 of 6 elements exceed 2 ULP; max error 5 ULP at "
                        "index 2 (actual 1.0000006, expected 1)"));
  EXPECT_DOUBLE_EQ(result.maxAbsError, 5 * std::ldexp(1.0, -23));
  EXPECT_DOUBLE_EQ(result.maxRelError, 5 * std::ldexp(1.0, -23));
}

TEST(CompareTest, NaNRules) {
  HostTensor nan = makeTensor(DataType::Float32, {kNaN});
  HostTensor one = makeTensor(DataType::Float32, {1.0});
  for (Tolerance tolerance : {ulp(100), atol(100), allClose(100, 100)}) {
    // NaN expected requires NaN.
    Comparison result = compareTensors(nan, nan, tolerance);
    EXPECT_TRUE(result.matches);
    EXPECT_EQ(result.maxMetric, 0);
    result = compareTensors(one, nan, tolerance);
    EXPECT_FALSE(result.matches);
    EXPECT_EQ(result.maxMetric, kInf);
    EXPECT_THAT(result.message, HasSubstr("(actual 1, expected nan)"));
    // And NaN actual is wrong when a number is expected.
    result = compareTensors(nan, one, tolerance);
    EXPECT_FALSE(result.matches);
    EXPECT_EQ(result.maxMetric, kInf);
    EXPECT_THAT(result.message, HasSubstr("(actual nan, expected 1)"));
  }
  // float16 NaNs with other payloads are NaNs too.
  EXPECT_TRUE(
      compareTensors(halves({0x7e00}), halves({0xfc01}), ulp(0)).matches);
  EXPECT_FALSE(
      compareTensors(halves({0x7e00}), halves({0x7c00}), ulp(1000)).matches);
}

TEST(CompareTest, Infinities) {
  HostTensor inf = makeTensor(DataType::Float32, {kInf, -kInf});
  for (Tolerance tolerance : {ulp(0), atol(0), allClose(0, 0)}) {
    Comparison result = compareTensors(inf, inf, tolerance);
    EXPECT_TRUE(result.matches);
    EXPECT_EQ(result.maxMetric, 0);
    EXPECT_EQ(result.maxAbsError, 0);
  }
  // For ULP, infinity is one step beyond the largest float.
  HostTensor largest =
      makeTensor(DataType::Float32, {std::numeric_limits<float>::max()});
  HostTensor positive = makeTensor(DataType::Float32, {kInf});
  EXPECT_EQ(ulpDistance(positive, largest), 1);
  EXPECT_TRUE(compareTensors(positive, largest, ulp(1)).matches);
  // For atol and allclose, infinity is only close to itself.
  EXPECT_FALSE(compareTensors(positive, largest, atol(kInf)).matches);
  EXPECT_FALSE(compareTensors(positive, largest, allClose(1, 1)).matches);
  EXPECT_FALSE(compareTensors(largest, positive, allClose(1, 1)).matches);
}

TEST(CompareTest, Float16Ulp) {
  EXPECT_EQ(ulpDistance(halves({0x3c00}), halves({0x3c01})), 1);
  EXPECT_EQ(ulpDistance(halves({0x3c01}), halves({0x3bff})), 2);
  EXPECT_EQ(ulpDistance(halves({0x0000}), halves({0x8000})), 0);
  EXPECT_EQ(ulpDistance(halves({0x0001}), halves({0x8001})), 2);
  EXPECT_EQ(ulpDistance(halves({0x3c00}), halves({0xbc00})), 2 * 0x3c00);
  EXPECT_EQ(ulpDistance(halves({0x7c00}), halves({0x7bff})), 1);
  EXPECT_EQ(ulpDistance(halves({0x7c00}), halves({0x7c00})), 0);

  Comparison result = compareTensors(halves({0x3c00, 0x3c02}),
                                     halves({0x3c00, 0x3c00}), ulp(1));
  EXPECT_FALSE(result.matches);
  EXPECT_EQ(result.message, "1 of 2 elements exceed 1 ULP; max error 2 ULP at "
                            "index 1 (actual 1.0019531, expected 1)");
}

TEST(CompareTest, Float16RoundsExpectedFloat32) {
  // 1 + 2^-11 is halfway between halves 0x3c00 and 0x3c01: it rounds to the
  // even 0x3c00 before the distance is taken.
  HostTensor tie = makeTensor(DataType::Float32, {1.0 + std::ldexp(1.0, -11)});
  EXPECT_EQ(ulpDistance(halves({0x3c00}), tie), 0);
  EXPECT_EQ(ulpDistance(halves({0x3c01}), tie), 1);
  // 1 + 3 * 2^-11 rounds up to 0x3c02.
  HostTensor tie2 =
      makeTensor(DataType::Float32, {1.0 + 3 * std::ldexp(1.0, -11)});
  EXPECT_EQ(ulpDistance(halves({0x3c02}), tie2), 0);
  EXPECT_EQ(ulpDistance(halves({0x3c01}), tie2), 1);
  // Beyond the float16 range the expected value is infinity.
  HostTensor big = makeTensor(DataType::Float32, {1e6});
  EXPECT_EQ(ulpDistance(halves({0x7c00}), big), 0);
  EXPECT_EQ(ulpDistance(halves({0x7bff}), big), 1);
  // 0.1 in float16 is 0x2e66.
  Comparison result = compareTensors(
      halves({0x2e66}), makeTensor(DataType::Float32, {0.1}), ulp(0));
  EXPECT_TRUE(result.matches);
  // But a float32 result against float16 expected values is a type error.
  result = compareTensors(makeTensor(DataType::Float32, {0.1}),
                          halves({0x2e66}), ulp(1000));
  EXPECT_FALSE(result.matches);
  EXPECT_EQ(result.message,
            "data type float32 does not match expected float16");
}

TEST(CompareTest, IntegerDistances) {
  auto distance = [](HostTensor a, HostTensor e) {
    return compareTensors(a, e, ulp(0)).maxMetric;
  };
  EXPECT_EQ(distance(integers<int32_t>(DataType::Int32, {-0x7fffffff}),
                     integers<int32_t>(DataType::Int32, {0x7fffffff})),
            4294967294.0);
  EXPECT_EQ(distance(integers<int32_t>(DataType::Int32, {INT32_MIN}),
                     integers<int32_t>(DataType::Int32, {INT32_MAX})),
            4294967295.0);
  EXPECT_EQ(distance(integers<uint32_t>(DataType::Uint32, {0}),
                     integers<uint32_t>(DataType::Uint32, {0xffffffff})),
            4294967295.0);
  EXPECT_EQ(distance(integers<int8_t>(DataType::Int8, {-128}),
                     integers<int8_t>(DataType::Int8, {127})),
            255);
  EXPECT_EQ(distance(integers<uint8_t>(DataType::Uint8, {0}),
                     integers<uint8_t>(DataType::Uint8, {255})),
            255);
  EXPECT_EQ(distance(integers<int64_t>(DataType::Int64, {INT64_MIN}),
                     integers<int64_t>(DataType::Int64, {INT64_MAX})),
            18446744073709551615.0);
  EXPECT_EQ(distance(integers<uint64_t>(DataType::Uint64, {UINT64_MAX - 1}),
                     integers<uint64_t>(DataType::Uint64, {UINT64_MAX})),
            1);

  // Differences are exact even where doubles are not: 2^62 + 1 and 2^62
  // are the same double.
  HostTensor a = integers<int64_t>(DataType::Int64, {(int64_t(1) << 62) + 1});
  HostTensor e = integers<int64_t>(DataType::Int64, {int64_t(1) << 62});
  Comparison result = compareTensors(a, e, ulp(0));
  EXPECT_FALSE(result.matches);
  EXPECT_EQ(result.maxMetric, 1);
  EXPECT_EQ(result.message,
            "1 of 1 element exceeds 0 ULP; max error 1 ULP at index 0 "
            "(actual 4611686018427387905, expected 4611686018427387904)");
  EXPECT_TRUE(compareTensors(a, e, ulp(1)).matches);
  EXPECT_TRUE(compareTensors(a, e, atol(1)).matches);
  EXPECT_FALSE(compareTensors(a, e, atol(0)).matches);
}

TEST(CompareTest, Atol) {
  HostTensor expected = makeTensor(DataType::Float32, {1.0, -2.0});
  HostTensor actual = makeTensor(DataType::Float32, {1.001, -2.0});
  Comparison result = compareTensors(actual, expected, atol(0.01));
  EXPECT_TRUE(result.matches);
  EXPECT_NEAR(result.maxMetric, 0.001, 1e-7);
  EXPECT_NEAR(result.maxAbsError, 0.001, 1e-7);
  EXPECT_NEAR(result.maxRelError, 0.001, 1e-7);
  EXPECT_EQ(result.worstIndex, 0);

  result = compareTensors(actual, expected, atol(0.0001));
  EXPECT_FALSE(result.matches);
  EXPECT_EQ(result.mismatches, 1);
  EXPECT_EQ(result.message,
            "1 of 2 elements exceed atol 0.0001; max error 0.00100005 at "
            "index 0 (actual 1.001, expected 1)");
}

TEST(CompareTest, AllClose) {
  // |a - e| <= atol + rtol * |e|, relative to the expected value.
  HostTensor e100 = makeTensor(DataType::Float32, {100});
  HostTensor a1005 = makeTensor(DataType::Float32, {100.5});
  Comparison result = compareTensors(a1005, e100, allClose(0, 0.01));
  EXPECT_TRUE(result.matches);
  EXPECT_DOUBLE_EQ(result.maxMetric, 0.5);
  EXPECT_FALSE(compareTensors(a1005, e100, allClose(0, 0.001)).matches);
  EXPECT_TRUE(compareTensors(a1005, e100, allClose(0.5, 0.0)).matches);
  EXPECT_TRUE(compareTensors(a1005, e100, allClose(0.3, 0.0025)).matches);

  // Asymmetric, as numpy's is.
  HostTensor e50 = makeTensor(DataType::Float32, {50});
  EXPECT_FALSE(compareTensors(e100, e50, allClose(0, 0.6)).matches);
  EXPECT_TRUE(compareTensors(e50, e100, allClose(0, 0.6)).matches);

  // Near zero only atol helps.
  HostTensor zero = makeTensor(DataType::Float32, {0});
  HostTensor tiny = makeTensor(DataType::Float32, {1e-9});
  EXPECT_TRUE(compareTensors(tiny, zero, allClose(1e-8, 1e-5)).matches);
  EXPECT_FALSE(compareTensors(tiny, zero, allClose(0, 1e-5)).matches);
  EXPECT_EQ(compareTensors(tiny, zero, allClose(0, 1e-5)).maxMetric, kInf);

  result =
      compareTensors(makeTensor(DataType::Float32, {1, 3}),
                     makeTensor(DataType::Float32, {1, 2}), allClose(0.1, 0.1));
  EXPECT_FALSE(result.matches);
  EXPECT_DOUBLE_EQ(result.maxMetric, 1 / 0.3);
  EXPECT_THAT(result.message,
              HasSubstr("1 of 2 elements exceed atol 0.1 + rtol 0.1 * "
                        "|expected|; worst error 1 (3.33333 x tolerance) at "
                        "index 1 (actual 3, expected 2)"));

  // Integers too.
  EXPECT_TRUE(compareTensors(makeTensor(DataType::Int32, {105}),
                             makeTensor(DataType::Int32, {100}),
                             allClose(0, 0.05))
                  .matches);
}

TEST(CompareTest, ShapeAndTypeMismatches) {
  HostTensor a(DataType::Float32, {2, 3});
  HostTensor b(DataType::Float32, {3, 2});
  Comparison result = compareTensors(a, b, ulp(0));
  EXPECT_FALSE(result.matches);
  EXPECT_EQ(result.count, 0);
  EXPECT_EQ(result.message, "shape [2, 3] does not match expected [3, 2]");

  result = compareTensors(HostTensor(DataType::Float32, {}),
                          HostTensor(DataType::Float32, {1}), ulp(0));
  EXPECT_FALSE(result.matches);
  EXPECT_EQ(result.message, "shape [] does not match expected [1]");

  result = compareTensors(HostTensor(DataType::Int32, {2}),
                          HostTensor(DataType::Uint32, {2}), ulp(0));
  EXPECT_FALSE(result.matches);
  EXPECT_EQ(result.message, "data type int32 does not match expected uint32");
}

TEST(CompareTest, ExactAndEmpty) {
  HostTensor a = makeTensor(DataType::Uint8, {1, 2, 3});
  Comparison result = compareTensors(a, a, ulp(0));
  EXPECT_TRUE(result.matches);
  EXPECT_EQ(result.worstIndex, -1);
  EXPECT_EQ(result.message, "exact match (3 elements)");

  HostTensor empty(DataType::Float16, {0, 4});
  result = compareTensors(empty, empty, ulp(0));
  EXPECT_TRUE(result.matches);
  EXPECT_EQ(result.count, 0);
  EXPECT_EQ(result.message, "no elements");

  HostTensor scalar(DataType::Float32, {});
  scalar.setFromDouble(0, 2.5);
  EXPECT_TRUE(compareTensors(scalar, scalar, ulp(0)).matches);
}

} // namespace
