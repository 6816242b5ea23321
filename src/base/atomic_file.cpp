// Atomic output (temp file + rename) and whole-file input.
#include "chronograph/base/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "chronograph/base/source_error.hpp"
#include "chronograph/base/utf8.hpp"

namespace chronograph::base {

namespace {

// The temporaries being written, for the signal handler to remove: fixed slots of plain
// bytes, since a handler may neither allocate nor take a lock.
constexpr std::size_t kMaxPending = 64;
constexpr std::size_t kMaxTempPath = 4096;
struct TempSlot {
  std::atomic<bool> used{false};
  std::atomic<bool> ready{false};
  char path[kMaxTempPath];
};
TempSlot g_temps[kMaxPending];

int claim_slot(const std::string& temp) {
  if (temp.size() >= kMaxTempPath) return -1;
  for (std::size_t i = 0; i < kMaxPending; ++i) {
    bool expected = false;
    if (g_temps[i].used.compare_exchange_strong(expected, true)) {
      std::memcpy(g_temps[i].path, temp.c_str(), temp.size() + 1);
      g_temps[i].ready.store(true);
      return static_cast<int>(i);
    }
  }
  return -1;  // more outputs at once than slots: those few are left to the destructor
}

void release_slot(int slot) {
  if (slot < 0) return;
  g_temps[slot].ready.store(false);
  g_temps[slot].used.store(false);
}

extern "C" void remove_temps_and_exit(int sig) {
  for (auto& t : g_temps)
    if (t.ready.load()) ::unlink(t.path);
  ::_exit(128 + sig);
}

}  // namespace

void remove_temporaries_on_signals() {
  struct sigaction sa {};
  sa.sa_handler = remove_temps_and_exit;
  sigemptyset(&sa.sa_mask);
  for (const int sig : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(sig, &sa, nullptr);
}

PendingFile::PendingFile(std::filesystem::path path) : path_(std::move(path)) {
  if (path_.empty()) throw std::runtime_error("output path is empty");
  const std::filesystem::path dir =
      path_.has_parent_path() ? path_.parent_path() : std::filesystem::path(".");
  temp_ = (dir / ("." + path_.filename().string() + ".tmp.XXXXXX")).string();
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0)
    throw std::runtime_error(path_.string() +
                             ": cannot create temporary file: " + std::strerror(errno));
  slot_ = claim_slot(temp_);
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : path_(std::move(other.path_)),
      temp_(std::move(other.temp_)),
      fd_(other.fd_),
      slot_(other.slot_) {
  other.temp_.clear();
  other.fd_ = -1;
  other.slot_ = -1;
}

PendingFile::~PendingFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
  release_slot(slot_);
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
  // A file replaced keeps its mode (a read-only 0444 stays read-only); a new one is 0644.
  struct stat st {};
  ::fchmod(fd_, ::stat(path_.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644);
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
  release_slot(slot_);
  slot_ = -1;
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

std::string read_regular_file(const std::string& path, std::uint64_t max_bytes,
                              std::string_view raise_hint) {
  const std::string shown = repair_utf8(path);
  const auto fail = [&](const std::string& message) { return InputError(shown, 1, 1, message); };
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    throw fail(std::string("cannot read file: ") + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw fail("is a directory");
  if (!S_ISREG(st.st_mode))
    throw fail("not a regular file (a device, pipe or socket); give '-' to read standard input");
  const auto too_big = [&](std::uint64_t size) {
    return fail("file of " + std::to_string(size) + " bytes is over the limit of " +
                std::to_string(max_bytes) + " bytes (" + std::string(raise_hint) + ")");
  };
  const auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > max_bytes) throw too_big(size);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw fail(std::string("cannot read file: ") + std::strerror(errno));
  // Read in chunks up to the limit, whatever stat said: a file that grows meanwhile, or one that
  // reports no size, is still refused past the limit, never read without end.
  std::string data;
  data.reserve(static_cast<std::size_t>(size));
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    data.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (data.size() > max_bytes) throw too_big(data.size());
  }
  if (in.bad()) throw fail(std::string("read failed: ") + std::strerror(errno));
  return data;
}

}  // namespace chronograph::base
