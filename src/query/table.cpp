// Terminal table rendering.
#include "chronograph/query/table.hpp"

#include <algorithm>

#include "chronograph/base/terminal_text.hpp"

namespace chronograph::query {

std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void Table::add(const std::vector<std::string>& row) {
  // Cells hold text from documents and graphs: escaped before widths are measured.
  std::vector<std::string> shown;
  shown.reserve(row.size());
  for (const auto& cell : row) shown.push_back(base::terminal_safe(cell));
  rows_.push_back(std::move(shown));
}

std::string Table::render(std::string_view indent) const {
  std::vector<std::size_t> width;
  for (const auto& row : rows_)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (width.size() <= i) width.push_back(0);
      width[i] = std::max(width[i], display_width(row[i]));
    }
  std::string out;
  for (const auto& row : rows_) {
    std::string line(indent);
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line.append(width[i] - display_width(row[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace chronograph::query
