// Source positions and compiler-format input errors.
#include "chronograph/base/source_error.hpp"

namespace chronograph::base {

SourcePos position_of(std::string_view text, std::size_t byte_offset) {
  SourcePos pos;
  if (byte_offset > text.size()) byte_offset = text.size();
  for (std::size_t i = 0; i < byte_offset; ++i) {
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
  return pos;
}

static std::string format_error(const std::string& file, std::size_t line, std::size_t column,
                                const std::string& message) {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: " + message;
}

InputError::InputError(std::string file, std::size_t line, std::size_t column,
                       std::string message)
    : std::runtime_error(format_error(file, line, column, message)),
      file_(std::move(file)),
      line_(line),
      column_(column),
      message_(std::move(message)) {}

InputError InputError::at_offset(std::string file, std::string_view text,
                                 std::size_t byte_offset, std::string message) {
  const SourcePos pos = position_of(text, byte_offset);
  return InputError(std::move(file), pos.line, pos.column, std::move(message));
}

}  // namespace chronograph::base
