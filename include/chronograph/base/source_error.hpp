// Input errors that carry a source position and print in compiler format.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::base {

struct SourcePos {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in code points
};

// Line and column of a byte offset; '\n' ends a line, a "\r\n" pair counts once.
SourcePos position_of(std::string_view text, std::size_t byte_offset);

// Positions of many byte offsets, given in increasing order, in one pass over the text.
std::vector<SourcePos> positions_of(std::string_view text,
                                    const std::vector<std::size_t>& sorted_offsets);

// An error in a user's input (a document, an overrides file, a graph file).
// what() is the one-line compiler-format message "file:line:column: error: message".
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, std::size_t line, std::size_t column, std::string message);
  // Convenience: position computed from a byte offset into text.
  static InputError at_offset(std::string file, std::string_view text, std::size_t byte_offset,
                              std::string message);

  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }
  std::size_t column() const { return column_; }
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  std::size_t line_;
  std::size_t column_;
  std::string message_;
};

// Several input errors from one file, reported together so one run shows every mistake.
// what() holds one compiler-format line per error, at most kMaxReported of them, then a line
// saying how many more there were; the InputError base is the first error.
class InputErrors : public InputError {
 public:
  static constexpr std::size_t kMaxReported = 20;
  explicit InputErrors(std::vector<InputError> errors);
  const std::vector<InputError>& errors() const { return errors_; }
  const char* what() const noexcept override { return text_.c_str(); }

  // Throws nothing for none, the error itself for one, an InputErrors for more.
  static void throw_if_any(std::vector<InputError> errors);

 private:
  std::vector<InputError> errors_;
  std::string text_;
};

}  // namespace chronograph::base
