//===- Npy.cpp - Reading and writing NumPy .npy files ---------------------===//
//
// The format: the magic string "\x93NUMPY", a major and minor version byte,
// the header length (2 bytes little-endian in version 1.0, 4 bytes in 2.0
// and 3.0), the header (a Python dict literal with the keys 'descr',
// 'fortran_order' and 'shape', padded with spaces and a newline) and the
// raw elements. See numpy/lib/format.py.
//
// Element bytes are copied as they are: this assumes a little-endian host.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Runtime/Npy.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <cstring>
#include <optional>

using namespace mlir;
using namespace mlir::webnn;
using llvm::Error;
using llvm::Expected;
using llvm::StringRef;

static constexpr StringRef kMagic("\x93NUMPY", 6);
/// Headers and data start on multiples of this many bytes, as numpy writes.
static constexpr size_t kArrayAlign = 64;
/// numpy pads the header of a file it writes with room for the first
/// dimension to grow to this many digits
/// (np.lib.format.GROWTH_AXIS_MAX_DIGITS).
static constexpr size_t kGrowthAxisMaxDigits = 21;

static Error makeError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// The shape as Python prints a tuple: "()", "(3,)", "(2, 3)".
static std::string formatShape(llvm::ArrayRef<int64_t> shape) {
  std::string result = "(";
  for (auto [i, d] : llvm::enumerate(shape)) {
    if (i)
      result += ", ";
    result += std::to_string(d);
  }
  if (shape.size() == 1)
    result += ",";
  return result + ")";
}

/// The data type of a dtype string such as "<f4".
static Expected<DataType> parseDescr(StringRef descr) {
  // The byte order, then the kind and the size. One-byte types have no byte
  // order ('|'), but numpy accepts any of the marks for them.
  if (descr.size() < 3 || !StringRef("<>|=").contains(descr.front()))
    return makeError("unsupported dtype '" + descr + "'");
  char order = descr.front();
  StringRef type = descr.drop_front();
  // numpy's bool ("b1") is stored as uint8, as WebNN has no bool type.
  std::optional<DataType> result;
  if (type == "b1")
    result = DataType::Uint8;
  // The first match: int4 and uint4 share int8's and uint8's dtypes (their
  // storage), and a .npy file of bytes is int8 or uint8.
  for (DataType candidate : kAllDataTypes)
    if (!result && getNpyDescr(candidate).drop_front() == type)
      result = candidate;
  if (!result)
    return makeError("unsupported dtype '" + descr +
                     "' (supported: <f4 <f2 <i4 <u4 <i8 <u8 |i1 |u1 |b1)");
  if (order == '>' && getByteWidth(*result) > 1)
    return makeError("big-endian dtype '" + descr + "' is not supported");
  if (order == '|' && getByteWidth(*result) > 1)
    return makeError("dtype '" + descr + "' lacks a byte order");
  return *result;
}

namespace {
/// The fields of an .npy header.
struct Header {
  std::optional<std::string> descr;
  std::optional<bool> fortranOrder;
  std::optional<llvm::SmallVector<int64_t>> shape;
};

/// Parses the Python dict literal of an .npy header: string keys; string,
/// True/False and tuple-of-integer values.
class HeaderParser {
public:
  explicit HeaderParser(StringRef text) : text(text) {}

  Expected<Header> parse() {
    Header header;
    skipSpace();
    if (!consume('{'))
      return error("expected '{'");
    skipSpace();
    while (!consume('}')) {
      Expected<std::string> key = parseString();
      if (!key)
        return key.takeError();
      skipSpace();
      if (!consume(':'))
        return error("expected ':' after '" + *key + "'");
      skipSpace();
      if (*key == "descr") {
        if (header.descr)
          return error("duplicate key 'descr'");
        if (peek() == '[')
          return makeError("structured dtypes are not supported");
        Expected<std::string> descr = parseString();
        if (!descr)
          return descr.takeError();
        header.descr = std::move(*descr);
      } else if (*key == "fortran_order") {
        if (header.fortranOrder)
          return error("duplicate key 'fortran_order'");
        if (consumeWord("True"))
          header.fortranOrder = true;
        else if (consumeWord("False"))
          header.fortranOrder = false;
        else
          return error("expected True or False for 'fortran_order'");
      } else if (*key == "shape") {
        if (header.shape)
          return error("duplicate key 'shape'");
        Expected<llvm::SmallVector<int64_t>> shape = parseTuple();
        if (!shape)
          return shape.takeError();
        header.shape = std::move(*shape);
      } else {
        return error("unexpected key '" + *key + "'");
      }
      skipSpace();
      if (consume(','))
        skipSpace();
      else if (peek() != '}')
        return error("expected ',' or '}'");
    }
    skipSpace();
    if (pos != text.size())
      return error("unexpected characters after the dictionary");
    if (!header.descr)
      return makeError("malformed .npy header: no 'descr' key");
    if (!header.fortranOrder)
      return makeError("malformed .npy header: no 'fortran_order' key");
    if (!header.shape)
      return makeError("malformed .npy header: no 'shape' key");
    return header;
  }

private:
  char peek() const { return pos < text.size() ? text[pos] : '\0'; }

  bool consume(char c) {
    if (peek() != c)
      return false;
    ++pos;
    return true;
  }

  bool consumeWord(StringRef word) {
    if (!text.substr(pos).starts_with(word))
      return false;
    pos += word.size();
    return true;
  }

  void skipSpace() {
    while (pos < text.size() && llvm::isSpace(text[pos]))
      ++pos;
  }

  Error error(const llvm::Twine &message) const {
    return makeError("malformed .npy header at offset " + llvm::Twine(pos) +
                     ": " + message);
  }

  Expected<std::string> parseString() {
    char quote = peek();
    if (quote != '\'' && quote != '"')
      return error("expected a string");
    size_t end = text.find(quote, pos + 1);
    if (end == StringRef::npos)
      return error("unterminated string");
    StringRef contents = text.slice(pos + 1, end);
    if (contents.contains('\\'))
      return error("escapes in strings are not supported");
    pos = end + 1;
    return contents.str();
  }

  /// A tuple of non-negative integers: "()", "(3,)", "(2, 3)", "(2, 3,)".
  /// Python 2's long suffix ("3L") is accepted.
  Expected<llvm::SmallVector<int64_t>> parseTuple() {
    if (!consume('('))
      return error("expected a tuple for 'shape'");
    llvm::SmallVector<int64_t> dims;
    skipSpace();
    while (!consume(')')) {
      if (peek() == '-')
        return error("negative dimension in 'shape'");
      size_t start = pos;
      while (llvm::isDigit(peek()))
        ++pos;
      if (pos == start)
        return error("expected an integer in 'shape'");
      int64_t dim;
      if (text.slice(start, pos).getAsInteger(10, dim))
        return error("dimension " + text.slice(start, pos) + " is too large");
      dims.push_back(dim);
      if (peek() == 'L' || peek() == 'l')
        ++pos;
      skipSpace();
      if (consume(','))
        skipSpace();
      else if (peek() != ')')
        return error("expected ',' or ')' in 'shape'");
    }
    return dims;
  }

  StringRef text;
  size_t pos = 0;
};
} // namespace

Expected<HostTensor> mlir::webnn::parseNpy(StringRef bytes) {
  // Magic string, version and header length.
  if (!bytes.starts_with(kMagic)) {
    if (kMagic.starts_with(bytes))
      return makeError("truncated .npy file: " + llvm::Twine(bytes.size()) +
                       " bytes");
    return makeError("not an .npy file: bad magic string");
  }
  if (bytes.size() < kMagic.size() + 2)
    return makeError("truncated .npy file: no version");
  unsigned major = static_cast<unsigned char>(bytes[6]);
  unsigned minor = static_cast<unsigned char>(bytes[7]);
  if ((major != 1 && major != 2 && major != 3) || minor != 0)
    return makeError("unsupported .npy version " + llvm::Twine(major) + "." +
                     llvm::Twine(minor));
  size_t lengthSize = major == 1 ? 2 : 4;
  size_t prefixSize = kMagic.size() + 2 + lengthSize;
  if (bytes.size() < prefixSize)
    return makeError("truncated .npy file: no header length");
  const char *lengthBytes = bytes.data() + kMagic.size() + 2;
  uint64_t headerSize = major == 1
                            ? llvm::support::endian::read16le(lengthBytes)
                            : llvm::support::endian::read32le(lengthBytes);
  if (bytes.size() - prefixSize < headerSize)
    return makeError("truncated .npy file: the header needs " +
                     llvm::Twine(headerSize) + " bytes, " +
                     llvm::Twine(bytes.size() - prefixSize) + " are present");

  // The header.
  StringRef headerText = bytes.substr(prefixSize, headerSize);
  Expected<Header> header = HeaderParser(headerText).parse();
  if (!header)
    return header.takeError();
  Expected<DataType> dataType = parseDescr(*header->descr);
  if (!dataType)
    return dataType.takeError();
  if (*header->fortranOrder)
    return makeError("fortran_order True (column-major) arrays are not "
                     "supported");
  llvm::ArrayRef<int64_t> shape = *header->shape;
  int64_t numElements = 1;
  for (int64_t dim : shape) {
    if (llvm::MulOverflow(numElements, dim, numElements))
      return makeError("shape " + formatShape(shape) +
                       " has too many elements");
  }
  unsigned width = getByteWidth(*dataType);
  if (static_cast<uint64_t>(numElements) > kMaxHostTensorBytes / width)
    return makeError("shape " + formatShape(shape) + " of " +
                     stringifyDataType(*dataType) +
                     " needs more than the runtime's limit of " +
                     llvm::Twine(kMaxHostTensorBytes) + " bytes");

  // The elements.
  uint64_t dataSize = static_cast<uint64_t>(numElements) * width;
  StringRef data = bytes.substr(prefixSize + headerSize);
  if (data.size() != dataSize)
    return makeError("data size mismatch: shape " + formatShape(shape) +
                     " of " + stringifyDataType(*dataType) + " needs " +
                     llvm::Twine(dataSize) + " bytes, the file has " +
                     llvm::Twine(data.size()));
  // Zeroed: the data may end before the last 64-byte chunk does.
  auto tensor = HostTensor::allocate(*dataType, shape, HostTensor::Fill::Zeros);
  if (!tensor)
    return tensor.takeError();
  if (dataSize)
    std::memcpy(tensor->data(), data.data(), dataSize);
  return tensor;
}

Expected<HostTensor> mlir::webnn::readNpyFile(StringRef path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  if (!buffer)
    return makeError("cannot read '" + path +
                     "': " + buffer.getError().message());
  Expected<HostTensor> tensor = parseNpy((*buffer)->getBuffer());
  if (!tensor)
    return makeError(path + ": " + llvm::toString(tensor.takeError()));
  return tensor;
}

std::string mlir::webnn::serializeNpy(const HostTensor &tensor) {
  // As numpy.lib.format writes it: the dict with sorted keys, room for the
  // first dimension to grow, then spaces and a newline up to a multiple of
  // kArrayAlign (always at least one space).
  llvm::ArrayRef<int64_t> shape = tensor.getShape();
  std::string dict =
      "{'descr': '" + getNpyDescr(tensor.getDataType()).str() +
      "', 'fortran_order': False, 'shape': " + formatShape(shape) + ", }";
  if (!shape.empty())
    dict.append(kGrowthAxisMaxDigits - std::to_string(shape[0]).size(), ' ');

  // Version 1.0 unless the header does not fit in its 2-byte length.
  auto paddedSize = [&](size_t prefixSize) {
    size_t size = prefixSize + dict.size() + 1;
    return dict.size() + 1 + kArrayAlign - size % kArrayAlign;
  };
  size_t headerSize = paddedSize(kMagic.size() + 2 + 2);
  bool version1 = headerSize <= 0xffff;
  if (!version1)
    headerSize = paddedSize(kMagic.size() + 2 + 4);

  std::string result;
  result.reserve(kMagic.size() + 6 + headerSize + tensor.getByteSize());
  result += kMagic;
  result += version1 ? '\x01' : '\x02';
  result += '\x00';
  char length[4];
  if (version1) {
    llvm::support::endian::write16le(length, headerSize);
    result.append(length, 2);
  } else {
    llvm::support::endian::write32le(length, headerSize);
    result.append(length, 4);
  }
  result += dict;
  result.append(headerSize - dict.size() - 1, ' ');
  result += '\n';
  result.append(tensor.data(), tensor.getByteSize());
  return result;
}

Error mlir::webnn::writeNpyFile(StringRef path, const HostTensor &tensor) {
  std::string bytes = serializeNpy(tensor);
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec);
  if (ec)
    return makeError("cannot write '" + path + "': " + ec.message());
  os << bytes;
  os.close();
  if (os.has_error()) {
    Error error =
        makeError("cannot write '" + path + "': " + os.error().message());
    os.clear_error();
    return error;
  }
  return Error::success();
}
