// Immutable text shared by reference counting, and the arena and interner readers fill it from.
#pragma once
#include <compare>
#include <cstddef>
#include <cstring>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chronograph::base {

// Immutable bytes that copies share: copying costs a reference count, not an allocation, so
// the many pieces of evidence quoting one document can point into bytes held once. A
// SharedText either owns a copy of its bytes or aliases bytes an owner keeps alive (a
// document's id, an arena chunk of kept or decoded text); either way the bytes live as long
// as any copy.
// The bytes are not NUL-terminated.
class SharedText {
 public:
  SharedText() = default;
  // Owns a copy: one allocation, none when s is empty. Implicit, so that code which assigned
  // a std::string to evidence keeps compiling.
  SharedText(std::string_view s);
  SharedText(const std::string& s) : SharedText(std::string_view(s)) {}
  SharedText(const char* s) : SharedText(std::string_view(s)) {}
  // Aliases `view`, which must lie in bytes that `owner` keeps alive: no copy. An empty view
  // does not hold on to the owner.
  SharedText(std::shared_ptr<const void> owner, std::string_view view)
      : data_(view.empty() ? nullptr : std::shared_ptr<const char>(std::move(owner), view.data())),
        size_(view.size()) {}

  std::string_view view() const { return std::string_view(data(), size_); }
  operator std::string_view() const { return view(); }
  std::string str() const { return std::string(view()); }
  const char* data() const { return data_ ? data_.get() : ""; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Bytes [pos, pos + n) of this text (clamped like std::string_view::substr), sharing its
  // storage: no copy. Throws std::out_of_range when pos > size().
  SharedText substr(std::size_t pos, std::size_t n = std::string_view::npos) const;

  // By content. Equal storage (interned ids) answers without looking at the bytes.
  friend bool operator==(const SharedText& a, const SharedText& b) {
    return a.size_ == b.size_ && (a.data_ == b.data_ || a.view() == b.view());
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    return a.view() <=> b.view();
  }
  // Exact overloads for the string types, so no comparison needs a conversion to pick.
  friend bool operator==(const SharedText& a, std::string_view b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedText& a, std::string_view b) {
    return a.view() <=> b;
  }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedText& a, const std::string& b) {
    return a.view() <=> std::string_view(b);
  }
  friend bool operator==(const SharedText& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SharedText& a, const char* b) {
    return a.view() <=> std::string_view(b);
  }

 private:
  std::shared_ptr<const char> data_;  // aliasing pointer into the owner's bytes; null if empty
  std::size_t size_ = 0;
};

std::ostream& operator<<(std::ostream& out, const SharedText& s);

// Copies many short texts into shared chunks that SharedText aliases: one allocation per chunk
// instead of one per text, for readers that decode a piece of evidence per event and link.
// Chunks grow from small to 1 MiB, so a small graph does not pin a large buffer; a text too
// big for a chunk gets an allocation of its own. A chunk lives while any text in it does.
// Like TextInterner, meant for one reader at a time (not thread-safe; the texts it gives are).
class TextArena {
 public:
  SharedText copy(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > room_ && !start_chunk(s.size())) return SharedText(s);
    char* at = next_;
    std::memcpy(at, s.data(), s.size());
    next_ += s.size();
    room_ -= s.size();
    return SharedText(chunk_, std::string_view(at, s.size()));
  }

 private:
  static constexpr std::size_t kFirstChunk = 4 << 10, kMaxChunk = 1 << 20;
  // Starts a chunk with room for `need` bytes; false if the text should be allocated alone.
  bool start_chunk(std::size_t need);

  std::shared_ptr<const void> chunk_;
  char* next_ = nullptr;
  std::size_t room_ = 0;
  std::size_t next_size_ = kFirstChunk;
};

// One SharedText per distinct value, for texts that repeat on every piece of evidence
// (document ids): equal ids then also share their storage.
class TextInterner {
 public:
  TextInterner() = default;
  TextInterner(const TextInterner&) = delete;  // last_ points into this one's map
  TextInterner& operator=(const TextInterner&) = delete;

  const SharedText& intern(std::string_view s) {
    if (last_ != nullptr && last_->view() == s) return *last_;  // runs of one document
    return intern_new(s);
  }

 private:
  const SharedText& intern_new(std::string_view s);

  // Keys view the bytes of their own value, which never move.
  std::unordered_map<std::string_view, SharedText> texts_;
  const SharedText* last_ = nullptr;
};

}  // namespace chronograph::base

template <>
struct std::hash<chronograph::base::SharedText> {
  std::size_t operator()(const chronograph::base::SharedText& s) const noexcept {
    return std::hash<std::string_view>()(s.view());
  }
};
