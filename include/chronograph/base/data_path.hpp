// Where a default data file is: the clone's data/ folder, else the installed share/chronograph.
#pragma once
#include <string>
#include <string_view>

namespace chronograph::base {

// "data/<relative>" when it exists under the current folder (a clone), else
// "<prefix>/share/chronograph/<relative>" when it exists next to the running binary's prefix
// (<prefix>/bin/chronograph), else "data/<relative>" so that the error names the usual place.
std::string data_file(std::string_view relative);

}  // namespace chronograph::base
