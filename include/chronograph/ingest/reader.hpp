// Reading documents from files and directories, with UTF-8 validation.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/utf8.hpp"
#include "chronograph/ingest/document.hpp"

namespace chronograph::ingest {

using base::find_invalid_utf8;  // documents are validated by the one validator

// The path "-" names standard input (one document, id "stdin"); errors in it name kStdinName.
inline constexpr const char* kStdinPath = "-";
inline constexpr const char* kStdinName = "<stdin>";

// The largest document read unless raised (`--max-document-size`): far past any article, and
// small enough that a device or a runaway file is refused before it fills memory.
inline constexpr std::uint64_t kDefaultMaxDocumentBytes = std::uint64_t{256} << 20;

struct ReadOptions {
  std::uint64_t max_document_bytes = kDefaultMaxDocumentBytes;
};

// Expands files and directories (walked recursively, hidden entries and non-text files
// skipped) into the set of file paths, in canonical order: lexically normalized, sorted by
// bytes (never the locale), each once. The result is a function of the set of inputs, so
// ids and outputs do not depend on the order paths were given. Throws base::InputError for a
// missing path, with the reason.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths);

// Reads one document. Throws base::InputError "path:line:col: error: ..." for unreadable
// files (with the reason), anything but a regular file (devices, pipes), files over the size
// limit, binary content or invalid UTF-8 (positioned at the first bad byte).
Document read_document(const std::string& path, const ReadOptions& options = {});

// Validates an in-memory text as a document (same rules as read_document). A path that is not
// UTF-8 is kept for display with U+FFFD in place of its bad bytes.
Document make_document(std::string path, std::string text);

// The id of the document at `path` before ids are made unique: the file name without
// directories and extension ("stdin" for standard input).
std::string base_document_id(const std::string& path);

// Makes the ids of documents in canonical order unique by suffixing "-2", "-3", ... in that
// order: what read_documents does, and what a merge of shards does again over all documents.
void make_ids_unique(std::vector<Document>& docs);

// Reads all inputs in canonical order; ids are made unique by suffixing "-2", "-3", ... in
// that order.
std::vector<Document> read_documents(const std::vector<std::string>& paths,
                                     const ReadOptions& options = {});

}  // namespace chronograph::ingest
