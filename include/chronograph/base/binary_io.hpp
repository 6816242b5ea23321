// Little-endian binary records for data files (models, word tables): a writer and a checked reader.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace chronograph::base {

// Appends fixed-width little-endian integers and length-prefixed strings to a byte string.
class BinaryWriter {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u16(std::uint16_t v) { put(v, 2); }
  void u32(std::uint32_t v) { put(v, 4); }
  void u64(std::uint64_t v) { put(v, 8); }
  void i16(std::int16_t v) { u16(static_cast<std::uint16_t>(v)); }
  void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
  void bytes(std::string_view b) { out_.append(b); }
  void str(std::string_view s) {  // u32 length, then the bytes
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  std::size_t size() const { return out_.size(); }
  std::string& data() { return out_; }

 private:
  void put(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  std::string out_;
};

// Reads what BinaryWriter wrote. Reading past the end throws base::InputError naming the file
// and the byte offset, so a truncated or foreign data file is one clear error, never a crash.
class BinaryReader {
 public:
  BinaryReader(std::string_view data, std::string file) : data_(data), file_(std::move(file)) {}
  // Starts reading at byte `at` of data (errors still name offsets in the whole of data).
  BinaryReader(std::string_view data, std::string file, std::size_t at)
      : data_(data), file_(std::move(file)), at_(at) {}
  std::uint8_t u8() { return static_cast<std::uint8_t>(get(1)); }
  std::uint16_t u16() { return static_cast<std::uint16_t>(get(2)); }
  std::uint32_t u32() { return static_cast<std::uint32_t>(get(4)); }
  std::uint64_t u64() { return get(8); }
  std::int16_t i16() { return static_cast<std::int16_t>(u16()); }
  std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
  std::string_view bytes(std::size_t n);
  std::string_view str() { return bytes(u32()); }
  // Checks that the next bytes are `magic` (a format name and version).
  void expect(std::string_view magic);
  std::size_t offset() const { return at_; }
  std::size_t remaining() const { return data_.size() - at_; }
  bool done() const { return at_ == data_.size(); }
  [[noreturn]] void fail(const std::string& message) const;

 private:
  std::uint64_t get(int n) {
    if (data_.size() - at_ < static_cast<std::size_t>(n))
      fail("file ends in the middle of a record");
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i)
      v |= std::uint64_t{static_cast<unsigned char>(data_[at_ + static_cast<std::size_t>(i)])}
           << (8 * i);
    at_ += static_cast<std::size_t>(n);
    return v;
  }
  std::string_view data_;
  std::string file_;
  std::size_t at_ = 0;
};

// FNV-1a, 64 bits: a hash that is the same on every platform and build, for data files.
constexpr std::uint64_t stable_hash(std::string_view s, std::uint64_t h = 0xcbf29ce484222325ull) {
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

}  // namespace chronograph::base
