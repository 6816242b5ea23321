// Reading and validating input documents.
#include "chronograph/ingest/reader.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/utf8.hpp"

namespace chronograph::ingest {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

std::string document_id(const std::string& path) {
  const fs::path p(path);
  std::string stem = p.stem().string();
  return stem.empty() ? p.filename().string() : stem;
}

}  // namespace

std::string base_document_id(const std::string& path) {
  return path == kStdinName ? "stdin" : document_id(path);
}

void make_ids_unique(std::vector<Document>& docs) {
  std::set<std::string> ids;
  for (Document& d : docs) {
    std::string id = d.id;
    for (int k = 2; ids.count(id); ++k) id = d.id + "-" + std::to_string(k);
    d.id = id;
    ids.insert(id);
  }
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& given : paths) {
    if (given == kStdinPath) {  // one document from standard input
      out.push_back(given);
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(given, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
      throw base::InputError(base::repair_utf8(given), 1, 1, "cannot read: " + ec.message());
    if (ec || !fs::exists(status))
      throw base::InputError(base::repair_utf8(given), 1, 1, "no such file or directory");
    if (fs::is_directory(status)) {
      for (auto it = fs::recursive_directory_iterator(given, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (hidden(it->path())) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) {
          const auto ext = it->path().extension().string();
          if (ext == ".txt" || ext == ".text" || ext == ".md" || ext.empty())
            out.push_back(it->path().lexically_normal().generic_string());
        }
      }
      if (ec)
        throw base::InputError(base::repair_utf8(given), 1, 1,
                               "cannot read directory: " + ec.message());
    } else {
      out.push_back(fs::path(given).lexically_normal().generic_string());
    }
  }
  // std::string compares as unsigned bytes: the same order in every locale.
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Document make_document(std::string path, std::string text) {
  if (base::find_invalid_utf8(path)) path = base::repair_utf8(path);
  if (const auto bad = find_invalid_utf8(text)) {
    const std::string what = text[*bad] == '\0' ? "binary content (NUL byte)" : "invalid UTF-8";
    throw base::InputError::at_offset(path, text, *bad,
                                      what + " at byte offset " + std::to_string(*bad));
  }
  Document doc;
  doc.id = document_id(path);
  doc.path = std::move(path);
  doc.text = std::move(text);
  return doc;
}

Document read_document(const std::string& path, const ReadOptions& options) {
  if (path == kStdinPath) {
    // Standard input is bounded like a file: read in chunks, refused past the limit.
    std::string text;
    char chunk[1 << 16];
    while (std::cin.read(chunk, sizeof chunk) || std::cin.gcount() > 0) {
      text.append(chunk, static_cast<std::size_t>(std::cin.gcount()));
      if (text.size() > options.max_document_bytes)
        throw base::InputError(kStdinName, 1, 1,
                               "standard input is over the limit of " +
                                   std::to_string(options.max_document_bytes) +
                                   " bytes (raise it with --max-document-size)");
    }
    if (std::cin.bad()) throw base::InputError(kStdinName, 1, 1, "cannot read standard input");
    Document doc = make_document(kStdinName, std::move(text));
    doc.id = "stdin";
    return doc;
  }
  return make_document(path, base::read_regular_file(path, options.max_document_bytes,
                                                     "raise it with --max-document-size"));
}

std::vector<Document> read_documents(const std::vector<std::string>& paths,
                                     const ReadOptions& options) {
  std::vector<Document> docs;
  for (const auto& p : collect_inputs(paths)) docs.push_back(read_document(p, options));
  make_ids_unique(docs);
  return docs;
}

}  // namespace chronograph::ingest
