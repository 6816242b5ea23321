// The memo of the last build's graph per working folder, read by 'query' and 'render'.
#include "chronograph/pipeline/last_build.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/usage_error.hpp"
#include "chronograph/pipeline/build.hpp"

namespace chronograph::pipeline {

namespace fs = std::filesystem;

namespace {

// One memo file per working folder, named by a hash of its path; the file repeats the folder,
// so a hash collision reads as "no memo", never as another folder's graph.
std::optional<fs::path> memo_file(const fs::path& cwd) {
  const auto dir = last_build_memo_dir();
  if (!dir) return std::nullopt;
  std::uint64_t h = 14695981039346656037ull;  // FNV-1a
  for (const unsigned char c : cwd.generic_string()) h = (h ^ c) * 1099511628211ull;
  char name[17];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(h));
  return *dir / name;
}

fs::path current_folder() {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  return ec ? fs::path() : cwd;
}

std::optional<fs::path> remembered_graph() {
  const fs::path cwd = current_folder();
  const auto file = cwd.empty() ? std::nullopt : memo_file(cwd);
  std::error_code ec;
  if (!file || !fs::is_regular_file(*file, ec)) return std::nullopt;
  std::string text;
  try {
    text = base::read_file(*file);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  const auto nl = text.find('\n');
  if (nl == std::string::npos || text.substr(0, nl) != cwd.generic_string()) return std::nullopt;
  std::string graph = text.substr(nl + 1);
  while (!graph.empty() && graph.back() == '\n') graph.pop_back();
  if (graph.empty() || !fs::is_regular_file(graph, ec)) return std::nullopt;
  return fs::path(graph);
}

}  // namespace

std::optional<fs::path> last_build_memo_dir() {
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
    return fs::path(state) / "chronograph" / "last-build";
  if (const char* home = std::getenv("HOME"); home && *home)
    return fs::path(home) / ".local" / "state" / "chronograph" / "last-build";
  return std::nullopt;
}

void remember_last_build(const fs::path& graph_json) {
  const fs::path cwd = current_folder();
  const auto file = cwd.empty() ? std::nullopt : memo_file(cwd);
  if (!file) return;
  std::error_code ec;
  const fs::path graph = fs::absolute(graph_json, ec).lexically_normal();
  if (ec) return;
  try {
    fs::create_directories(file->parent_path(), ec);
    base::write_file_atomically(*file, cwd.generic_string() + "\n" + graph.generic_string() + "\n");
  } catch (const std::exception&) {
    // A read-only home costs the memo: query then falls back to graphs/timeline.json.
  }
}

std::string last_build_graph() {
  if (auto graph = remembered_graph()) {
    // Shown relative when it is under the current folder, as the user would have typed it.
    const fs::path rel = graph->lexically_relative(current_folder());
    const bool inside = !rel.empty() && *rel.begin() != "..";
    return (inside ? rel : *graph).generic_string();
  }
  const fs::path file = fs::path(kDefaultOutputDir) / "timeline.json";
  if (fs::is_regular_file(file)) {
    return file.generic_string();
  }
  throw base::UsageError("no --graph given, and no build here wrote a graph (no " +
                         file.generic_string() +
                         "); run 'chronograph build' first, or pass --graph FILE, or documents "
                         "to build from");
}

}  // namespace chronograph::pipeline
