// Writing output files so that a reader never sees a half-written one.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chronograph::base {

// An output being written: bytes go to a temporary file beside the target, and commit()
// renames it into place. Destroyed uncommitted, it removes the temporary. Several of them
// finished before any is committed make a job's outputs all-or-nothing.
class PendingFile {
 public:
  explicit PendingFile(std::filesystem::path path);  // creates the temporary
  ~PendingFile();
  PendingFile(PendingFile&& other) noexcept;
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  PendingFile& operator=(PendingFile&&) = delete;

  void write(std::string_view bytes);
  void finish();  // flushes to disk and closes; throws on failure
  void commit();  // renames the finished temporary over the target
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  std::string temp_;
  int fd_ = -1;
  int slot_ = -1;  // in the registry the signal handler cleans up
};

// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove every temporary still being
// written and exit 128 + the signal (130, 143, 129): an interrupted run leaves the old outputs
// and no partial files. Call once, early, from a program's main.
void remove_temporaries_on_signals();

// Writes content to a temporary file beside path, flushes it, then renames it over path.
// Throws std::runtime_error naming the path on failure; the old file is then untouched.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Several outputs of one job: all are written to temporaries first, then renamed, so a
// failure while writing leaves every old file as it was.
void write_files_atomically(
    const std::vector<std::pair<std::filesystem::path, std::string_view>>& files);

// Reads a whole file as bytes; throws std::runtime_error naming the path on failure.
std::string read_file(const std::filesystem::path& path);

// Reads a user's input file: a regular file (not a device or pipe) of at most max_bytes.
// Throws base::InputError "path:1:1: error: ..." with the reason (errno's, or the size and the
// limit followed by raise_hint).
std::string read_regular_file(const std::string& path, std::uint64_t max_bytes,
                              std::string_view raise_hint);

}  // namespace chronograph::base
