//===- NpyTest.cpp - Unit tests of the .npy reader and writer -------------===//
//
// Round trips of every data type; files laid out byte for byte as numpy
// writes them (numpy is not needed to run these); and every way the parser
// rejects a file, each with its message.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Runtime/Npy.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <cstring>

using namespace mlir::webnn;
using ::testing::HasSubstr;

namespace {

/// The magic string and version 1.0.
const std::string kV1("\x93NUMPY\x01\x00", 8);

/// A file as numpy lays it out: `prefix` (magic, version and header
/// length), the dict, spaces up to `dataOffset` - 1, a newline, the data.
std::string npyFile(const std::string &prefix, const std::string &dict,
                    size_t dataOffset, const std::string &data) {
  std::string file = prefix + dict;
  file.append(dataOffset - 1 - file.size(), ' ');
  return file + "\n" + data;
}

/// A version 1.0 file with the given dict and data.
std::string v1File(const std::string &dict, const std::string &data) {
  size_t dataOffset = (10 + dict.size() + 1 + 63) / 64 * 64;
  std::string prefix = kV1;
  prefix += static_cast<char>((dataOffset - 10) & 0xff);
  prefix += static_cast<char>((dataOffset - 10) >> 8);
  return npyFile(prefix, dict, dataOffset, data);
}

std::string bytesOf(const void *data, size_t size) {
  return std::string(static_cast<const char *>(data), size);
}

/// The message of a parse that must fail.
std::string parseError(const std::string &bytes) {
  llvm::Expected<HostTensor> tensor = parseNpy(bytes);
  if (tensor) {
    ADD_FAILURE() << "parse unexpectedly succeeded";
    return "";
  }
  return llvm::toString(tensor.takeError());
}

HostTensor parseOk(const std::string &bytes) {
  llvm::Expected<HostTensor> tensor = parseNpy(bytes);
  if (!tensor) {
    ADD_FAILURE() << "unexpected error: " << llvm::toString(tensor.takeError());
    return HostTensor();
  }
  return std::move(*tensor);
}

bool sameBytes(const HostTensor &a, const HostTensor &b) {
  return a.getDataType() == b.getDataType() && a.getShape() == b.getShape() &&
         (a.getByteSize() == 0 ||
          std::memcmp(a.data(), b.data(), a.getByteSize()) == 0);
}

//===----------------------------------------------------------------------===//
// Files as numpy writes them
//===----------------------------------------------------------------------===//

// np.save(f, np.array([1, 2, 3], dtype=np.float32)) with numpy >= 1.24: the
// header is padded with room for shape[0] to grow to 21 digits, then to 64
// bytes.
const std::string kNumpyFloat32 = npyFile(
    std::string("\x93NUMPY\x01\x00\x76\x00", 10),
    "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", 128,
    std::string("\x00\x00\x80\x3f\x00\x00\x00\x40\x00\x00\x40\x40", 12));

TEST(NpyTest, ReadsNumpyFloat32) {
  HostTensor tensor = parseOk(kNumpyFloat32);
  EXPECT_EQ(tensor.getDataType(), DataType::Float32);
  EXPECT_EQ(tensor.getShape(), llvm::ArrayRef<int64_t>({3}));
  EXPECT_EQ(tensor.getAsDouble(0), 1.0);
  EXPECT_EQ(tensor.getAsDouble(1), 2.0);
  EXPECT_EQ(tensor.getAsDouble(2), 3.0);
}

TEST(NpyTest, WritesWhatNumpyWrites) {
  HostTensor tensor(DataType::Float32, {3});
  for (int i = 0; i < 3; ++i)
    tensor.setFromDouble(i, i + 1);
  EXPECT_EQ(serializeNpy(tensor), kNumpyFloat32);

  // np.save(f, np.float16(1.5)): a scalar, with no growth padding.
  HostTensor scalar(DataType::Float16, {});
  scalar.setFromDouble(0, 1.5);
  EXPECT_EQ(serializeNpy(scalar),
            npyFile(std::string("\x93NUMPY\x01\x00\x76\x00", 10),
                    "{'descr': '<f2', 'fortran_order': False, 'shape': (), }",
                    128, std::string("\x00\x3e", 2)));
}

TEST(NpyTest, ReadsNumpyInt64Matrix) {
  // np.save(f, np.arange(6, dtype=np.int64).reshape(2, 3))
  int64_t values[6] = {0, 1, 2, 3, 4, 5};
  std::string file =
      npyFile(std::string("\x93NUMPY\x01\x00\x76\x00", 10),
              "{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }",
              128, bytesOf(values, sizeof(values)));
  HostTensor tensor = parseOk(file);
  EXPECT_EQ(tensor.getDataType(), DataType::Int64);
  EXPECT_EQ(tensor.getShape(), llvm::ArrayRef<int64_t>({2, 3}));
  for (int i = 0; i < 6; ++i)
    EXPECT_EQ(tensor.getAsDouble(i), i);
  EXPECT_EQ(serializeNpy(tensor), file);
}

TEST(NpyTest, ReadsNumpyBoolAsUint8) {
  // np.save(f, np.array([True, False, True, True]))
  std::string file =
      npyFile(std::string("\x93NUMPY\x01\x00\x76\x00", 10),
              "{'descr': '|b1', 'fortran_order': False, 'shape': (4,), }", 128,
              std::string("\x01\x00\x01\x01", 4));
  HostTensor tensor = parseOk(file);
  EXPECT_EQ(tensor.getDataType(), DataType::Uint8);
  EXPECT_EQ(tensor.getAsDouble(0), 1);
  EXPECT_EQ(tensor.getAsDouble(1), 0);
}

TEST(NpyTest, ReadsOlderLayouts) {
  std::string data("\x00\x00\x80\x3f\x00\x00\x00\x40\x00\x00\x40\x40", 12);
  // numpy before 1.24 padded to 16 bytes without growth room.
  std::string old = npyFile(
      std::string("\x93NUMPY\x01\x00\x46\x00", 10),
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", 80, data);
  EXPECT_TRUE(sameBytes(parseOk(old), parseOk(kNumpyFloat32)));
  // Python 2's numpy wrote longs: (3L,).
  std::string python2 = npyFile(
      std::string("\x93NUMPY\x01\x00\x46\x00", 10),
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3L,), }", 80, data);
  EXPECT_TRUE(sameBytes(parseOk(python2), parseOk(kNumpyFloat32)));
  // Version 2.0 and 3.0 have a 4-byte header length.
  for (char major : {'\x02', '\x03'}) {
    std::string prefix("\x93NUMPY", 6);
    prefix += major;
    prefix += std::string("\x00\x74\x00\x00\x00", 5);
    std::string file = npyFile(
        prefix, "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }",
        128, data);
    EXPECT_TRUE(sameBytes(parseOk(file), parseOk(kNumpyFloat32))) << int(major);
  }
  // Other spellings of the same dict: double quotes, no trailing comma, key
  // order, no padding at all, '=' byte order.
  EXPECT_TRUE(sameBytes(
      parseOk(v1File(
          R"({"shape": (3, ), "fortran_order": False, "descr": "=f4"})", data)),
      parseOk(kNumpyFloat32)));
  std::string dict = "{'descr':'<f4','fortran_order':False,'shape':(3,)}";
  std::string tight = kV1 + static_cast<char>(dict.size()) + '\0' + dict + data;
  EXPECT_TRUE(sameBytes(parseOk(tight), parseOk(kNumpyFloat32)));
}

//===----------------------------------------------------------------------===//
// Round trips
//===----------------------------------------------------------------------===//

TEST(NpyTest, RoundTripsEveryDataType) {
  const DataType types[] = {
      DataType::Float32, DataType::Float16, DataType::Int32, DataType::Uint32,
      DataType::Int64,   DataType::Uint64,  DataType::Int8,  DataType::Uint8};
  const llvm::SmallVector<int64_t> shapes[] = {
      {}, {0}, {1}, {5}, {2, 3}, {2, 0, 3}, {1, 2, 3, 4}, {1000}};
  for (DataType type : types) {
    for (const llvm::SmallVector<int64_t> &shape : shapes) {
      HostTensor tensor(type, shape);
      for (int64_t i = 0; i < tensor.getNumElements(); ++i)
        tensor.setFromDouble(i, (i % 7) * 3 - (i % 2) * 5);
      std::string bytes = serializeNpy(tensor);
      // Version 1.0; data starts on a multiple of 64 bytes.
      EXPECT_EQ(bytes.substr(0, 8), kV1);
      size_t headerSize =
          static_cast<uint8_t>(bytes[8]) | static_cast<uint8_t>(bytes[9]) << 8;
      EXPECT_EQ((10 + headerSize) % 64, 0u);
      EXPECT_EQ(bytes[10 + headerSize - 1], '\n');
      EXPECT_EQ(bytes.size(), 10 + headerSize + tensor.getByteSize());

      HostTensor read = parseOk(bytes);
      EXPECT_TRUE(sameBytes(read, tensor))
          << stringifyDataType(type).str() << " rank " << shape.size();
    }
  }
}

TEST(NpyTest, RoundTripsSpecialFloats) {
  HostTensor tensor(DataType::Float32, {4});
  tensor.setFromDouble(0, -0.0);
  tensor.setFromDouble(1, std::numeric_limits<double>::infinity());
  tensor.setFromDouble(2, std::numeric_limits<double>::quiet_NaN());
  tensor.setFromDouble(3, std::numeric_limits<float>::denorm_min());
  EXPECT_TRUE(sameBytes(parseOk(serializeNpy(tensor)), tensor));
}

TEST(NpyTest, RoundTripsThroughFiles) {
  llvm::SmallString<128> path;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("npytest", "npy", path));
  HostTensor tensor(DataType::Int32, {2, 2});
  for (int i = 0; i < 4; ++i)
    tensor.setFromDouble(i, -i * 1000);
  llvm::Error written = writeNpyFile(path, tensor);
  ASSERT_FALSE(written) << llvm::toString(std::move(written));
  llvm::Expected<HostTensor> read = readNpyFile(path);
  ASSERT_TRUE(bool(read)) << llvm::toString(read.takeError());
  EXPECT_TRUE(sameBytes(*read, tensor));
  llvm::sys::fs::remove(path);

  llvm::Expected<HostTensor> missing = readNpyFile(path);
  ASSERT_FALSE(bool(missing));
  EXPECT_THAT(llvm::toString(missing.takeError()),
              HasSubstr("cannot read '" + path.str().str() + "'"));

  llvm::Error unwritable = writeNpyFile("/nonexistent-directory/x.npy", tensor);
  ASSERT_TRUE(bool(unwritable));
  EXPECT_THAT(llvm::toString(std::move(unwritable)),
              HasSubstr("cannot write '/nonexistent-directory/x.npy'"));
}

TEST(NpyTest, FileErrorsNameThePath) {
  llvm::SmallString<128> path;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("npytest", "npy", path));
  {
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    ASSERT_FALSE(ec);
    os << "not numpy";
  }
  llvm::Expected<HostTensor> read = readNpyFile(path);
  ASSERT_FALSE(bool(read));
  std::string message = llvm::toString(read.takeError());
  EXPECT_THAT(message, HasSubstr(path.str().str() + ": "));
  EXPECT_THAT(message, HasSubstr("bad magic"));
  llvm::sys::fs::remove(path);
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

const std::string kThreeFloats(12, '\0');

std::string withDict(const std::string &dict,
                     const std::string &data = kThreeFloats) {
  return v1File(dict, data);
}

TEST(NpyTest, RejectsTruncatedFiles) {
  EXPECT_THAT(parseError(""), HasSubstr("truncated .npy file"));
  EXPECT_THAT(parseError("\x93NUM"), HasSubstr("truncated .npy file"));
  EXPECT_THAT(parseError("\x93NUMPY"), HasSubstr("truncated .npy file"));
  EXPECT_THAT(parseError(kV1), HasSubstr("truncated .npy file"));
  EXPECT_THAT(parseError(kV1 + "\x76"), HasSubstr("truncated .npy file"));
  EXPECT_THAT(parseError(kNumpyFloat32.substr(0, 60)),
              HasSubstr("the header needs 118 bytes, 50 are present"));
  EXPECT_THAT(parseError(kNumpyFloat32.substr(0, 130)),
              HasSubstr("needs 12 bytes, the file has 2"));
  // Every prefix of a valid file is an error, never a crash.
  for (size_t size = 0; size < kNumpyFloat32.size(); ++size)
    EXPECT_FALSE(bool(parseNpy(kNumpyFloat32.substr(0, size)))) << size;
}

TEST(NpyTest, RejectsBadMagicAndVersions) {
  EXPECT_THAT(parseError("PK\x03\x04 this is a zip"),
              HasSubstr("not an .npy file: bad magic string"));
  EXPECT_THAT(parseError("\x93NUMPX\x01\x00"), HasSubstr("bad magic"));
  std::string file = kNumpyFloat32;
  file[6] = 4;
  EXPECT_THAT(parseError(file), HasSubstr("unsupported .npy version 4.0"));
  file[6] = 1;
  file[7] = 1;
  EXPECT_THAT(parseError(file), HasSubstr("unsupported .npy version 1.1"));
}

TEST(NpyTest, RejectsBadDicts) {
  EXPECT_THAT(parseError(withDict("[1, 2]")), HasSubstr("expected '{'"));
  EXPECT_THAT(parseError(withDict(
                  "{'descr': '<f4', 'fortran_order': False, 'shape': (3,)")),
              HasSubstr("expected ',' or '}'"));
  EXPECT_THAT(parseError(withDict("{'descr' '<f4'}")),
              HasSubstr("expected ':' after 'descr'"));
  EXPECT_THAT(parseError(withDict("{descr: '<f4'}")),
              HasSubstr("expected a string"));
  EXPECT_THAT(parseError(withDict("{'descr: '<f4'}")),
              HasSubstr("expected ':' after 'descr: '"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4")),
              HasSubstr("unterminated string"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'shape': (3,), }")),
              HasSubstr("no 'fortran_order' key"));
  EXPECT_THAT(parseError(withDict("{'fortran_order': False, 'shape': (3,)}")),
              HasSubstr("no 'descr' key"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'fortran_order': False}")),
              HasSubstr("no 'shape' key"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'descr': '<f4'}")),
              HasSubstr("duplicate key 'descr'"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'fortran_order': False, "
                                  "'shape': (3,), 'extra': 1}")),
              HasSubstr("unexpected key 'extra'"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'fortran_order': 0, "
                                  "'shape': (3,)}")),
              HasSubstr("expected True or False"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'fortran_order': False, "
                                  "'shape': [3]}")),
              HasSubstr("expected a tuple for 'shape'"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'fortran_order': False, "
                                  "'shape': (3.0,)}")),
              HasSubstr("expected ',' or ')' in 'shape'"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'fortran_order': False, "
                                  "'shape': (-3,)}")),
              HasSubstr("negative dimension"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'fortran_order': False, "
                                  "'shape': (a,)}")),
              HasSubstr("expected an integer in 'shape'"));
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'fortran_order': False, "
                                  "'shape': (3,)} trailing")),
              HasSubstr("unexpected characters after the dictionary"));
  EXPECT_THAT(parseError(withDict("{'descr': [('a', '<f4')], "
                                  "'fortran_order': False, 'shape': (3,)}")),
              HasSubstr("structured dtypes are not supported"));
  // Malformed-header messages say where.
  EXPECT_THAT(parseError(withDict("{'descr' '<f4'}")),
              HasSubstr("malformed .npy header at offset 9"));
}

TEST(NpyTest, RejectsFortranOrder) {
  EXPECT_THAT(parseError(withDict("{'descr': '<f4', 'fortran_order': True, "
                                  "'shape': (3,), }")),
              HasSubstr("fortran_order True (column-major) arrays are not "
                        "supported"));
}

TEST(NpyTest, RejectsUnsupportedDtypes) {
  auto dict = [](const std::string &descr) {
    return withDict("{'descr': '" + descr +
                    "', 'fortran_order': False, 'shape': (3,), }");
  };
  EXPECT_THAT(parseError(dict(">f4")),
              HasSubstr("big-endian dtype '>f4' is not supported"));
  EXPECT_THAT(parseError(dict(">i8")), HasSubstr("big-endian"));
  EXPECT_THAT(parseError(dict("<c8")),
              HasSubstr("unsupported dtype '<c8' (supported: <f4"));
  EXPECT_THAT(parseError(dict("<f8")), HasSubstr("unsupported dtype '<f8'"));
  EXPECT_THAT(parseError(dict("|O")), HasSubstr("unsupported dtype '|O'"));
  EXPECT_THAT(parseError(dict("f4")), HasSubstr("unsupported dtype 'f4'"));
  EXPECT_THAT(parseError(dict("")), HasSubstr("unsupported dtype ''"));
  // One-byte types have no byte order to get wrong.
  HostTensor i8 = parseOk(
      v1File("{'descr': '>i1', 'fortran_order': False, 'shape': (3,), }",
             std::string(3, '\x7f')));
  EXPECT_EQ(i8.getDataType(), DataType::Int8);
}

TEST(NpyTest, RejectsSizeMismatches) {
  const std::string dict =
      "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
  EXPECT_THAT(parseError(withDict(dict, std::string(20, '\0'))),
              HasSubstr("data size mismatch: shape (2, 3) of float32 needs 24 "
                        "bytes, the file has 20"));
  EXPECT_THAT(parseError(withDict(dict, std::string(28, '\0'))),
              HasSubstr("needs 24 bytes, the file has 28"));
  EXPECT_THAT(
      parseError(withDict(
          "{'descr': '<f4', 'fortran_order': False, 'shape': (), }", "")),
      HasSubstr("shape () of float32 needs 4 bytes, the file has 0"));
}

TEST(NpyTest, RejectsHugeShapes) {
  auto dict = [](const std::string &shape) {
    return withDict(
        "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }");
  };
  EXPECT_THAT(parseError(dict("(4294967296, 4294967296, 4)")),
              HasSubstr("shape (4294967296, 4294967296, 4) has too many "
                        "elements"));
  // One element over the limit of 2147483647 bytes.
  EXPECT_THAT(parseError(dict("(536870912,)")),
              HasSubstr("shape (536870912,) of float32 needs more than the "
                        "runtime's limit of 2147483647 bytes"));
  EXPECT_THAT(parseError(dict("(100000000000000000000,)")),
              HasSubstr("dimension 100000000000000000000 is too large"));
  // Large dimensions are fine when another one is zero.
  HostTensor empty = parseOk(withDict(
      "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 4294967296), }",
      ""));
  EXPECT_EQ(empty.getNumElements(), 0);
}

TEST(NpyTest, CorruptHeadersNeverCrash) {
  // Every single-byte change in the header of a valid file: the parser may
  // accept or reject the result, but must not crash or read out of bounds.
  const char replacements[] = {'\0', ' ', '\'', '(', ')',    ',',
                               '{',  '}', '9',  '-', '\xff', 'L'};
  for (size_t i = 0; i < 128; ++i) {
    for (char c : replacements) {
      std::string file = kNumpyFloat32;
      file[i] = c;
      llvm::Expected<HostTensor> tensor = parseNpy(file);
      if (!tensor)
        llvm::consumeError(tensor.takeError());
    }
  }
}

} // namespace
