// Finding default data files in a clone or in the installed prefix of the running binary.
#include "chronograph/base/data_path.hpp"

#include <filesystem>

namespace chronograph::base {

namespace fs = std::filesystem;

std::string data_file(std::string_view relative) {
  const fs::path local = fs::path("data") / relative;
  std::error_code ec;
  if (fs::exists(local, ec)) return local.generic_string();
  // The binary's own path, not $0: it is found the same way from any folder or symlink.
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "chronograph" / relative;
    if (fs::exists(installed, ec)) return installed.generic_string();
  }
  return local.generic_string();
}

}  // namespace chronograph::base
