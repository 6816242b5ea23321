// The progress line: counting documents and redrawing one line on a terminal.
#include "chronograph/base/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace chronograph::base {

std::optional<ProgressMode> progress_mode_from_string(const std::string& s) {
  if (s == "never") return ProgressMode::never;
  if (s == "auto") return ProgressMode::automatic;
  if (s == "always") return ProgressMode::always;
  return std::nullopt;
}

bool progress_shown(ProgressMode mode) {
  if (mode == ProgressMode::automatic) return ::isatty(STDERR_FILENO) == 1;
  return mode == ProgressMode::always;
}

Progress::Progress(std::ostream& out, ProgressMode mode, std::size_t total_documents,
                   std::size_t total_bytes)
    : out_(out),
      show_(progress_shown(mode)),
      immediate_(mode == ProgressMode::always),
      total_docs_(total_documents),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { finish(); }

std::string Progress::line(std::size_t docs, std::size_t total_docs, std::size_t bytes,
                           std::size_t total_bytes, double seconds) {
  const double mb = static_cast<double>(bytes) / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  char buf[160];
  std::snprintf(buf, sizeof buf, "chronograph: %zu/%zu documents, %.1f MB/s", docs, total_docs,
                rate);
  std::string s = buf;
  if (bytes > 0 && bytes < total_bytes) {
    // Time left from the bytes still to read at the rate so far.
    const double left =
        seconds * static_cast<double>(total_bytes - bytes) / static_cast<double>(bytes);
    const auto secs = static_cast<long>(left + 0.5);
    std::snprintf(buf, sizeof buf, ", ETA %ld:%02ld", secs / 60, secs % 60);
    s += buf;
  }
  return s;
}

void Progress::document_done(std::size_t bytes) {
  const std::size_t docs = ++docs_;
  const std::size_t done = bytes_ += bytes;
  if (!show_) return;
  const auto now = std::chrono::steady_clock::now();
  std::unique_lock lock(draw_, std::try_to_lock);
  if (!lock.owns_lock()) return;  // another thread is drawing; the next document redraws
  if (!immediate_ && now - start_ < kDelay) return;
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && docs < total_docs_) return;
  last_draw_ = now;
  const std::string text = line(docs, total_docs_, done, total_bytes_,
                                std::chrono::duration<double>(now - start_).count());
  // Pad over the previous, longer line; '\r' returns to the line's start.
  out_ << '\r' << text << std::string(width_ > text.size() ? width_ - text.size() : 0, ' ')
       << std::flush;
  width_ = text.size();
  drawn_ = true;
}

void Progress::finish() {
  std::lock_guard lock(draw_);
  if (!drawn_) return;
  out_ << '\r' << std::string(width_, ' ') << '\r' << std::flush;
  drawn_ = false;
}

}  // namespace chronograph::base
