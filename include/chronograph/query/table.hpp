// Aligned plain-text tables for terminal output (widths in code points, not bytes).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::query {

class Table {
 public:
  explicit Table(std::vector<std::string> header) : rows_{std::move(header)} {}
  // Control characters and invalid UTF-8 in cells are shown escaped (base::terminal_safe).
  void add(const std::vector<std::string>& row);
  std::size_t rows() const { return rows_.size() - 1; }
  // Columns separated by two spaces, the last one unpadded; every line starts with indent.
  std::string render(std::string_view indent = "") const;

 private:
  std::vector<std::vector<std::string>> rows_;
};

// Display width of UTF-8 text, counting code points.
std::size_t display_width(std::string_view text);

}  // namespace chronograph::query
