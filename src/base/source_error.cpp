// Source positions and compiler-format input errors.
#include "chronograph/base/source_error.hpp"

#include <algorithm>

#include "chronograph/base/terminal_text.hpp"

namespace chronograph::base {

std::vector<SourcePos> positions_of(std::string_view text,
                                    const std::vector<std::size_t>& sorted_offsets) {
  std::vector<SourcePos> out;
  out.reserve(sorted_offsets.size());
  SourcePos pos;
  std::size_t i = 0;
  for (std::size_t target : sorted_offsets) {
    target = std::min(target, text.size());
    // Resumed where the previous offset left off.
    for (; i < target; ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c == '\n') {
        ++pos.line;
        pos.column = 1;
      } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
        // counted with its '\n'
      } else if ((c & 0xC0) != 0x80) {
        ++pos.column;  // count code points, not continuation bytes
      }
    }
    out.push_back(pos);
  }
  return out;
}

SourcePos position_of(std::string_view text, std::size_t byte_offset) {
  return positions_of(text, {byte_offset}).front();
}

// The one line goes to a terminal: bytes of the input quoted in the message (a YAML parser's
// "unknown escape character") or in a file name must not reach it raw.
static std::string format_error(const std::string& file, std::size_t line, std::size_t column,
                                const std::string& message) {
  return terminal_safe(file) + ":" + std::to_string(line) + ":" + std::to_string(column) +
         ": error: " + terminal_safe(message);
}

InputError::InputError(std::string file, std::size_t line, std::size_t column, std::string message)
    : std::runtime_error(format_error(file, line, column, message)),
      file_(std::move(file)),
      line_(line),
      column_(column),
      message_(std::move(message)) {}

InputError InputError::at_offset(std::string file, std::string_view text, std::size_t byte_offset,
                                 std::string message) {
  const SourcePos pos = position_of(text, byte_offset);
  return InputError(std::move(file), pos.line, pos.column, std::move(message));
}

InputErrors::InputErrors(std::vector<InputError> errors)
    : InputError(errors.at(0)), errors_(std::move(errors)) {
  const std::size_t shown = std::min(errors_.size(), kMaxReported);
  for (std::size_t i = 0; i < shown; ++i) text_ += (i ? "\n" : "") + std::string(errors_[i].what());
  if (errors_.size() > shown)
    text_ +=
        "\n" + file() + ": " + std::to_string(errors_.size() - shown) + " more errors not shown";
}

void InputErrors::throw_if_any(std::vector<InputError> errors) {
  if (errors.empty()) return;
  if (errors.size() == 1) throw InputError(errors.front());
  throw InputErrors(std::move(errors));
}

}  // namespace chronograph::base
