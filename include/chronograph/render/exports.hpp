// The export formats: choosing one from --format and the output path, making and writing it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chronograph/graph/model.hpp"

namespace chronograph::render {

enum class ExportFormat { graphml, csv, timelinejs, jsonl };
std::optional<ExportFormat> export_format_from_string(std::string_view word);
std::string_view to_string(ExportFormat format);

// The format asked for: `flag` (--format, empty when not given), else the one the extension
// of `output` names (.graphml; .jsonl or .ndjson). Throws base::UsageError when neither says
// (.json could be TimelineJS or the graph itself), when the two disagree, when csv is to go
// to '-' or to a file name ending in .csv (it writes two tables into a folder).
ExportFormat choose_export_format(std::string_view flag, std::string_view output);

// What an export writes: one file, or (csv) named files inside the output folder, and a note
// for stderr on what the format could not hold (empty when nothing was left out).
struct ExportOutput {
  std::vector<std::pair<std::string, std::string>> files;  // name ("" for one file), bytes
  std::string note;
};

ExportOutput export_timeline(const graph::Timeline& timeline, ExportFormat format);

// Writes the output atomically: the file at `path`, or every named file inside the folder
// `path` (made when missing; all renamed into place only once all are written). Throws
// base::UsageError when a folder is needed and `path` is a file, std::runtime_error on I/O
// failure.
void write_export(const ExportOutput& output, const std::string& path);

}  // namespace chronograph::render
