// Which graph 'query' and 'render' read when given neither --graph nor documents.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace chronograph::pipeline {

// Where the last build run in a folder wrote its graph is kept outside the user's folder, in
// $XDG_STATE_HOME/chronograph/last-build/ (default ~/.local/state/...), one small file per
// working folder. Nothing is kept when neither variable is set.
std::optional<std::filesystem::path> last_build_memo_dir();

// Records that a build run in the current folder wrote `graph_json`. Best effort: a state
// folder that cannot be written costs the memo, never the build.
void remember_last_build(const std::filesystem::path& graph_json);

// The graph the last build run in the current folder wrote, when it still exists; else
// graphs/timeline.json (the default output folder). Throws base::UsageError, saying how to make
// one, when there is neither.
std::string last_build_graph();

}  // namespace chronograph::pipeline
