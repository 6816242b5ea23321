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

PendingFile::PendingFile(std::filesystem::path path) : path_(std::move(path)) {
  const std::filesystem::path dir =
      path_.has_parent_path() ? path_.parent_path() : std::filesystem::path(".");
  temp_ = (dir / ("." + path_.filename().string() + ".tmp.XXXXXX")).string();
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0)
    throw std::runtime_error(path_.string() +
                             ": cannot create temporary file: " + std::strerror(errno));
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : path_(std::move(other.path_)), temp_(std::move(other.temp_)), fd_(other.fd_) {
  other.temp_.clear();
  other.fd_ = -1;
}

PendingFile::~PendingFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
}

void PendingFile::write(std::string_view bytes) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(path_.string() + ": write failed: " + std::strerror(errno));
    }
    written += static_cast<std::size_t>(n);
  }
}

void PendingFile::finish() {
  ::fchmod(fd_, 0644);
  const int fd = fd_;
  fd_ = -1;
  if (::fsync(fd) != 0) {
    const int err = errno;
    ::close(fd);
    throw std::runtime_error(path_.string() + ": write failed: " + std::strerror(err));
  }
  if (::close(fd) != 0)
    throw std::runtime_error(path_.string() + ": write failed: " + std::strerror(errno));
}

void PendingFile::commit() {
  if (::rename(temp_.c_str(), path_.c_str()) != 0)
    throw std::runtime_error(path_.string() + ": cannot replace file: " + std::strerror(errno));
  temp_.clear();
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  write_files_atomically({{path, content}});
}

void write_files_atomically(
    const std::vector<std::pair<std::filesystem::path, std::string_view>>& files) {
  // Every temporary is complete before the first rename, so a full disk or a bad directory
  // leaves all the old outputs in place rather than a mix of old and new.
  std::vector<PendingFile> pending;
  for (const auto& [path, content] : files) {
    pending.emplace_back(path);
    pending.back().write(content);
    pending.back().finish();
  }
  for (auto& p : pending) p.commit();
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
