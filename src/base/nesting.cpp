// A linear pre-scan of YAML flow nesting (brackets outside quotes and comments).
#include "chronograph/base/nesting.hpp"

#include "chronograph/base/source_error.hpp"

namespace chronograph::base {

namespace {
bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

std::optional<std::size_t> too_deep_bracket(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[i];
    // A quote or '#' is syntax only where a token may start ("don't" is one plain word).
    const bool token_start = i == 0 || blank(text[i - 1]) || text[i - 1] == '[' ||
                             text[i - 1] == '{' || text[i - 1] == ',' || text[i - 1] == ':';
    if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    } else if (c == '#' && (i == 0 || blank(text[i - 1]))) {
      while (i < n && text[i] != '\n') ++i;
    } else if (c == '"' && token_start) {
      for (++i; i < n && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
    } else if (c == '\'' && token_start) {
      for (++i; i < n; ++i)
        if (text[i] == '\'') {
          if (i + 1 < n && text[i + 1] == '\'') {
            ++i;  // '' inside a single-quoted scalar is an escaped quote
            continue;
          }
          break;
        }
    }
  }
  return std::nullopt;
}

void check_yaml_nesting(std::string_view text, const std::string& file) {
  if (const auto at = too_deep_bracket(text, kMaxYamlNesting))
    throw InputError::at_offset(file, text, *at,
                                "YAML nested too deeply (more than " +
                                    std::to_string(kMaxYamlNesting) + " levels of brackets)");
}

std::optional<std::size_t> second_yaml_document(std::string_view text) {
  bool content = false, ended = false;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto marker = [&](std::string_view m) {
      return line.starts_with(m) &&
             (line.size() == m.size() || line[m.size()] == ' ' || line[m.size()] == '\t');
    };
    const std::size_t first = line.find_first_not_of(" \t");
    const bool blank = first == std::string_view::npos || line[first] == '#';
    if (marker("---")) {
      if (content || ended) return start;
      content = true;  // the first document's start: its content may follow on the line
    } else if (marker("...")) {
      ended = content;
    } else if (!blank && line[0] != '%') {
      if (ended) return start;
      content = true;
    }
    start = end + 1;
  }
  return std::nullopt;
}

}  // namespace chronograph::base
