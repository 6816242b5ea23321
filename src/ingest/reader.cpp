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

namespace chronograph::ingest {

namespace fs = std::filesystem;

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      if (c == 0) return i;
      ++i;
      continue;
    }
    std::size_t len;
    unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // no UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if ((s[i + k] & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::nullopt;
}

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

std::vector<std::string> collect_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& given : paths) {
    if (given == kStdinPath) {  // one document from standard input
      out.push_back(given);
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(given, ec);
    if (ec || !fs::exists(status)) throw base::InputError(given, 1, 1, "no such file or directory");
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(given, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (hidden(it->path())) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) {
          const auto ext = it->path().extension().string();
          if (ext == ".txt" || ext == ".text" || ext == ".md" || ext.empty())
            found.push_back(it->path().generic_string());
        }
      }
      if (ec) throw base::InputError(given, 1, 1, "cannot read directory: " + ec.message());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(given);
    }
  }
  return out;
}

Document make_document(std::string path, std::string text) {
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

Document read_document(const std::string& path) {
  if (path == kStdinPath) {
    std::ostringstream in;
    in << std::cin.rdbuf();
    if (std::cin.bad()) throw base::InputError(kStdinName, 1, 1, "cannot read standard input");
    Document doc = make_document(kStdinName, std::move(in).str());
    doc.id = "stdin";
    return doc;
  }
  std::string text;
  try {
    text = base::read_file(path);
  } catch (const std::exception& e) {
    throw base::InputError(path, 1, 1, "cannot read file");
  }
  return make_document(path, std::move(text));
}

std::vector<Document> read_documents(const std::vector<std::string>& paths) {
  std::vector<Document> docs;
  std::set<std::string> ids;
  for (const auto& p : collect_inputs(paths)) {
    Document d = read_document(p);
    std::string id = d.id;
    for (int k = 2; ids.count(id); ++k) id = d.id + "-" + std::to_string(k);
    d.id = id;
    ids.insert(id);
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace chronograph::ingest
