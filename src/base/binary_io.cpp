// The checked reader of little-endian binary data files.
#include "chronograph/base/binary_io.hpp"

#include "chronograph/base/source_error.hpp"

namespace chronograph::base {

std::string_view BinaryReader::bytes(std::size_t n) {
  if (data_.size() - at_ < n) fail("file ends in the middle of a record");
  const std::string_view b = data_.substr(at_, n);
  at_ += n;
  return b;
}

void BinaryReader::expect(std::string_view magic) {
  if (data_.substr(at_, magic.size()) != magic)
    fail("not a '" + std::string(magic.substr(0, magic.find('\n'))) +
         "' file, or another version of it (rebuild it with 'chronograph train')");
  at_ += magic.size();
}

void BinaryReader::fail(const std::string& message) const {
  // Binary files have no lines: the column is the byte offset + 1.
  throw InputError(file_, 1, at_ + 1, message);
}

}  // namespace chronograph::base
