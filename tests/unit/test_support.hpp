// Helpers shared by the tests: temporary directories, running the real binary, reading files.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace test_support {

inline std::filesystem::path source_dir() { return CHRONOGRAPH_SOURCE_DIR; }

// A short dated news page for tests that run the binary on a document of their own.
inline const std::string kTalksPage =
    "Peace talks\nPublished June 3, 2025\n\nRussia and Ukraine held talks in Istanbul on "
    "2 June 2025. Russia launched strikes on June 1.\n";

// A fresh empty directory under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("chronograph-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary);
  out << content;
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs a shell command line in dir, with standard input from `input` (empty by default).
inline RunResult run_shell_in(const std::filesystem::path& dir, const std::string& command,
                              const std::string& input = "") {
  TempDir tmp;
  const auto in = tmp / "stdin", out = tmp / "stdout", err = tmp / "stderr";
  write_file(in, input);
  const std::string cmd = "cd '" + dir.string() + "' && " + command + " <'" + in.string() + "' >'" +
                          out.string() + "' 2>'" + err.string() + "'";
  const int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// Runs the chronograph binary with a shell-quoted argument string in dir, with standard input
// from `input` (empty by default).
inline RunResult run_binary_in(const std::filesystem::path& dir, const std::string& args,
                               const std::string& input = "") {
  return run_shell_in(dir, "'" + std::string(CHRONOGRAPH_BINARY) + "' " + args, input);
}

// The same from the repo root.
inline RunResult run_binary(const std::string& args) { return run_binary_in(source_dir(), args); }

}  // namespace test_support
