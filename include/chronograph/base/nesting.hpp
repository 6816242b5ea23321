// What is checked in YAML text before yaml-cpp sees it: bracket nesting depth, extra documents.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chronograph::base {

// Deepest '[' / '{' nesting the YAML readers accept. yaml-cpp recurses once per level and stops
// itself at 500 levels of any kind with only "bad file"; real files nest a few levels.
inline constexpr std::size_t kMaxYamlNesting = 200;

// The byte offset of the first '[' or '{' that opens a level deeper than `limit`, outside
// quoted scalars and comments; none when the text stays within it. One linear pass.
std::optional<std::size_t> too_deep_bracket(std::string_view text, std::size_t limit);

// Throws an InputError at the first bracket nested deeper than kMaxYamlNesting.
void check_yaml_nesting(std::string_view text, const std::string& file);

// The byte offset of the line that starts a second YAML document ("---" after content, or
// content after "..."), none for a single document. A scan, not yaml-cpp's LoadAll, which
// loops forever on some malformed text ("   ,   a [b]").
std::optional<std::size_t> second_yaml_document(std::string_view text);

// The message for yaml-cpp's own limit (reached by indentation), which it calls "bad file".
inline constexpr std::string_view kYamlTooDeep =
    "YAML nested too deeply (more than 500 levels of indentation and brackets)";

}  // namespace chronograph::base
