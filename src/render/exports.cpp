// Export formats: their names, choosing one, and writing what a writer made.
#include "chronograph/render/exports.hpp"

#include <cctype>
#include <filesystem>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/suggest.hpp"
#include "chronograph/base/usage_error.hpp"
#include "chronograph/render/csv_writer.hpp"
#include "chronograph/render/graphml_writer.hpp"
#include "chronograph/render/jsonl_writer.hpp"
#include "chronograph/render/timelinejs_writer.hpp"

namespace chronograph::render {

namespace {

constexpr std::pair<std::string_view, ExportFormat> kNames[] = {
    {"graphml", ExportFormat::graphml},
    {"csv", ExportFormat::csv},
    {"timelinejs", ExportFormat::timelinejs},
    {"jsonl", ExportFormat::jsonl},
};

// What an extension says: the one format it names, or only the one it fits (.json: TimelineJS,
// but a reader could as well expect graph JSON; .xml: GraphML, but not only).
struct Extension {
  std::string_view ext;
  ExportFormat format;
  bool names_it;
};
constexpr Extension kExtensions[] = {
    {"graphml", ExportFormat::graphml, true},  {"jsonl", ExportFormat::jsonl, true},
    {"ndjson", ExportFormat::jsonl, true},     {"csv", ExportFormat::csv, true},
    {"json", ExportFormat::timelinejs, false}, {"xml", ExportFormat::graphml, false},
};

std::string lower_extension(std::string_view path) {
  const auto name = std::filesystem::path(std::string(path)).filename().string();
  const auto dot = name.rfind('.');
  std::string ext = dot == std::string::npos || dot == 0 ? "" : name.substr(dot + 1);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

const Extension* find_extension(std::string_view ext) {
  for (const auto& e : kExtensions)
    if (e.ext == ext) return &e;
  return nullptr;
}

[[noreturn]] void usage(const std::string& message) { throw base::UsageError(message); }

}  // namespace

std::optional<ExportFormat> export_format_from_string(std::string_view word) {
  for (const auto& [name, format] : kNames)
    if (name == word) return format;
  return std::nullopt;
}

std::string_view to_string(ExportFormat format) {
  for (const auto& [name, f] : kNames)
    if (f == format) return name;
  return "?";
}

ExportFormat choose_export_format(std::string_view flag, std::string_view output) {
  std::optional<ExportFormat> asked;
  if (!flag.empty()) {
    asked = export_format_from_string(flag);
    if (!asked) {
      std::vector<std::string> names;
      for (const auto& [name, f] : kNames) names.emplace_back(name);
      usage("--format: unknown export format '" + std::string(flag) + "'" +
            base::did_you_mean(std::string(flag), names) +
            " (known: graphml, csv, timelinejs, jsonl)");
    }
  }
  const std::string out(output);
  const std::string ext = output == "-" ? "" : lower_extension(output);
  const Extension* named = find_extension(ext);
  if (named && named->format == ExportFormat::csv)
    usage("-o '" + out +
          "': csv writes events.csv and links.csv into a folder; name the folder (-o " +
          out.substr(0, out.size() - 4) + ")");
  if (asked && named && *asked != named->format)
    usage("--format " + std::string(to_string(*asked)) + " does not match -o '" + out + "' (a ." +
          ext + " file is " + std::string(to_string(named->format)) + ")");
  if (!asked && named && named->names_it) asked = named->format;
  if (!asked && named)
    usage("-o '" + out + "': ." + ext + " does not say which export format; give --format " +
          std::string(to_string(named->format)) + " for a ." + ext + " file");
  if (!asked)
    usage("-o '" + out +
          "': give --format graphml, csv, timelinejs or jsonl (or -o FILE.graphml, "
          "FILE.jsonl)");
  if (*asked == ExportFormat::csv && output == "-")
    usage("-o -: csv writes two files (events.csv, links.csv); name a folder");
  return *asked;
}

ExportOutput export_timeline(const graph::Timeline& timeline, ExportFormat format) {
  ExportOutput out;
  switch (format) {
    case ExportFormat::graphml:
      out.files.emplace_back("", to_graphml(timeline));
      break;
    case ExportFormat::csv: {
      auto tables = to_csv(timeline);
      out.files.emplace_back("events.csv", std::move(tables.events));
      out.files.emplace_back("links.csv", std::move(tables.links));
      break;
    }
    case ExportFormat::timelinejs: {
      auto tl = to_timelinejs(timeline);
      out.files.emplace_back("", std::move(tl.json));
      if (tl.left_out > 0)
        out.note = std::to_string(tl.left_out) + " of " +
                   std::to_string(boost::num_vertices(timeline.graph)) +
                   " events left out of the TimelineJS file: their date is open on one side "
                   "or unknown (docs/export.md)";
      break;
    }
    case ExportFormat::jsonl:
      out.files.emplace_back("", to_json_lines(timeline));
      break;
  }
  return out;
}

void write_export(const ExportOutput& output, const std::string& path) {
  if (output.files.size() == 1 && output.files.front().first.empty()) {
    base::write_file_atomically(path, output.files.front().second);
    return;
  }
  const std::filesystem::path dir(path);
  std::error_code ec;
  if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec))
    usage("-o '" + path + "': is a file; this format writes a folder of files");
  std::filesystem::create_directories(dir, ec);
  if (ec) throw std::runtime_error(path + ": cannot create the folder: " + ec.message());
  std::vector<std::pair<std::filesystem::path, std::string_view>> files;
  for (const auto& [name, bytes] : output.files) files.emplace_back(dir / name, bytes);
  base::write_files_atomically(files);
}

}  // namespace chronograph::render
