// Writing output files so that a reader never sees a half-written one.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace chronograph::base {

// Writes content to a temporary file beside path, flushes it, then renames it over path.
// Throws std::runtime_error naming the path on failure; the old file is then untouched.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Reads a whole file as bytes; throws std::runtime_error naming the path on failure.
std::string read_file(const std::filesystem::path& path);

}  // namespace chronograph::base
