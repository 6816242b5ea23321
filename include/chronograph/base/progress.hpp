// A one-line progress report on stderr for long runs: documents done, MB/s and time left.
#pragma once
#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>

namespace chronograph::base {

enum class ProgressMode { never, automatic, always };

// "never", "auto" or "always"; none for anything else.
std::optional<ProgressMode> progress_mode_from_string(const std::string& s);

// Counts finished documents (from any thread) and, when shown, redraws one line in place.
// In automatic mode the line appears only when the stream is a terminal and the run has
// already taken kDelay, so short runs and pipes stay quiet; always draws from the start.
class Progress {
 public:
  static constexpr std::chrono::milliseconds kDelay{2000};

  Progress(std::ostream& out, ProgressMode mode, std::size_t total_documents,
           std::size_t total_bytes);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One document of `bytes` bytes is done. Thread-safe; redraws at most ~10 times a second.
  void document_done(std::size_t bytes);
  // Clears the line if one was drawn (also done by the destructor).
  void finish();

  // The text of the line, for given counts and elapsed seconds (exposed for tests).
  static std::string line(std::size_t docs, std::size_t total_docs, std::size_t bytes,
                          std::size_t total_bytes, double seconds);

 private:
  std::ostream& out_;
  bool show_, immediate_;
  std::size_t total_docs_, total_bytes_;
  std::atomic<std::size_t> docs_{0}, bytes_{0};
  std::chrono::steady_clock::time_point start_, last_draw_;
  std::mutex draw_;
  bool drawn_ = false;
  std::size_t width_ = 0;
};

// Whether a progress line may be drawn on stderr in this mode (automatic: stderr is a tty).
bool progress_shown(ProgressMode mode);

}  // namespace chronograph::base
