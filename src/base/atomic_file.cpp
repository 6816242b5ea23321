// Atomic output (temp file + rename) and whole-file input.
#include "chronograph/base/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace chronograph::base {

namespace {

// Writes content to a fresh temporary file beside path and returns its name; nothing else
// is touched, and the temporary is removed again on failure.
std::string write_temporary(const std::filesystem::path& path, std::string_view content) {
  const std::filesystem::path dir =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string tmpl = (dir / ("." + path.filename().string() + ".tmp.XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0)
    throw std::runtime_error(path.string() +
                             ": cannot create temporary file: " + std::strerror(errno));
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      ::unlink(tmpl.c_str());
      throw std::runtime_error(path.string() + ": write failed: " + std::strerror(err));
    }
    written += static_cast<std::size_t>(n);
  }
  ::fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    throw std::runtime_error(path.string() + ": write failed: " + std::strerror(err));
  }
  return tmpl;
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  write_files_atomically({{path, content}});
}

void write_files_atomically(
    const std::vector<std::pair<std::filesystem::path, std::string_view>>& files) {
  // Every temporary is complete before the first rename, so a full disk or a bad directory
  // leaves all the old outputs in place rather than a mix of old and new.
  std::vector<std::string> temps;
  try {
    for (const auto& [path, content] : files) temps.push_back(write_temporary(path, content));
  } catch (...) {
    for (const auto& t : temps) ::unlink(t.c_str());
    throw;
  }
  for (std::size_t k = 0; k < files.size(); ++k) {
    if (::rename(temps[k].c_str(), files[k].first.c_str()) != 0) {
      const int err = errno;
      for (std::size_t r = k; r < temps.size(); ++r) ::unlink(temps[r].c_str());
      throw std::runtime_error(files[k].first.string() +
                               ": cannot replace file: " + std::strerror(err));
    }
  }
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot open file: " + std::strerror(errno));
  std::string data;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    data.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    in.read(data.data(), size);
  } else {
    data.assign(std::istreambuf_iterator<char>(in), {});
  }
  if (in.bad()) throw std::runtime_error(path.string() + ": read failed");
  return data;
}

}  // namespace chronograph::base
