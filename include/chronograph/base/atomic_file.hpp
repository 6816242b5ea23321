// Writing output files so that a reader never sees a half-written one.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chronograph::base {

// Writes content to a temporary file beside path, flushes it, then renames it over path.
// Throws std::runtime_error naming the path on failure; the old file is then untouched.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Several outputs of one job: all are written to temporaries first, then renamed, so a
// failure while writing leaves every old file as it was.
void write_files_atomically(
    const std::vector<std::pair<std::filesystem::path, std::string_view>>& files);

// Reads a whole file as bytes; throws std::runtime_error naming the path on failure.
std::string read_file(const std::filesystem::path& path);

}  // namespace chronograph::base
