// Reading and validating an overrides file into a Spec (the only place that sees YAML).
#pragma once
#include <string>
#include <string_view>

#include "chronograph/overrides/spec.hpp"

namespace chronograph::overrides {

// Parses and validates everything that can be checked without a graph: YAML syntax, known
// keys, value types, dates, patterns. Throws base::InputError "path:line:column: error: ...".
Spec parse_spec(std::string_view yaml_text, const std::string& path);

}  // namespace chronograph::overrides
