// Usage errors raised by the library: a bad option value, told the same way as the CLI's own.
#pragma once
#include <stdexcept>
#include <string>

namespace chronograph::base {

// A request the user can fix by changing an option (an unknown format, a malformed --dct).
// The CLI prints what() and exits 2, like its own usage errors; the message starts with the
// offending flag ("--format: unknown output format 'html' ...").
class UsageError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

}  // namespace chronograph::base
